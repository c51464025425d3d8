// Preloaded into a server under test (`node --import`): its clock starts at TEST_CLOCK_START and
// runs on from there, so a test that counts in fixed windows never straddles a window's end.
const RealDate = Date;
const offset = RealDate.parse(process.env.TEST_CLOCK_START ?? "") - RealDate.now();
if (Number.isNaN(offset)) throw new Error("TEST_CLOCK_START must be a date, like 2026-03-02T05:00:05Z");

class ShiftedDate extends RealDate {
  constructor(...args) {
    if (args.length === 0) super(RealDate.now() + offset);
    else super(...args);
  }

  static now() {
    return RealDate.now() + offset;
  }
}
globalThis.Date = ShiftedDate;
