import { errorResponse } from "~/responses";

// Any address no other route claims: the root error boundary shows the translated 404 page.
export async function loader() {
  throw errorResponse(404);
}

export default function NotFound() {
  return null;
}
