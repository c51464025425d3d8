import { findInputTarget } from "~/consultations/lookups.server";
import { OPEN_DATA_COLUMNS } from "./columns";
import { licenceNamed } from "./licences";

/** A consultation the public can read (any phase but draft), as its open data page describes it. */
export async function openDataConsultation(slug: string) {
  const target = await findInputTarget(slug, null, new Date());
  return target?.consultation ?? null;
}

export function openDataPage(consultation: NonNullable<Awaited<ReturnType<typeof openDataConsultation>>>) {
  return {
    slug: consultation.slug,
    title: { en: consultation.titleEn, id: consultation.titleId },
    licence: licenceNamed(consultation.dataLicence),
    columns: OPEN_DATA_COLUMNS.map((column) => column.name),
  };
}
