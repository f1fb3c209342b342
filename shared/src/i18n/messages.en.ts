// English, for foreign workers and visitors. `satisfies` makes a missing or extra key a compile
// error, so this dictionary can never drift from messages.id.ts.

import type { MessageKey } from './messages.id.js';

export const en = {
  // Identifiers
  'nik.empty': 'Please enter your NIK: the 16 digits printed on your e-KTP.',
  'nik.notDigits': 'The NIK contains only digits. Please remove any letters or other characters.',
  'nik.length': 'The NIK has 16 digits. You entered {count}.',
  'nik.province':
    'The first two digits of the NIK are not a province code. Please check it against your e-KTP.',
  'nik.day': 'Digits 7 and 8 of the NIK (day of birth) cannot be right. Please check it against your e-KTP.',
  'nik.month':
    'Digits 9 and 10 of the NIK (month of birth) must be 01 to 12. Please check it against your e-KTP.',
  'nik.date': 'The date of birth inside the NIK does not exist. Please check it against your e-KTP.',
  'nik.serial': 'The last four digits of the NIK cannot be 0000. Please check it against your e-KTP.',
  'kpj.empty': 'Please enter your KPJ number, printed on your BPJS Ketenagakerjaan membership card.',
  'kpj.notDigits': 'The KPJ number contains only digits. Please check it against your membership card.',
  'kpj.length': 'The KPJ number has 11 digits (8 to 10 on old cards). You entered {count}.',
  'kpj.oldFormat': 'Your KPJ number is from an old card. That is fine; the officer will check it.',
  'npwp.empty': 'Please enter your NPWP.',
  'npwp.notDigits': 'The NPWP contains only digits. Dots and dashes are fine.',
  'npwp.length': 'The NPWP has 15 digits (old number) or 16 digits.',

  // Claims
  'claim.JHT': 'Old-Age Savings (JHT)',
  'claim.JKK': 'Work Accident Benefit (JKK)',
  'claim.JKM': 'Death Benefit (JKM)',
  'claim.JP': 'Pension (JP)',
  'reason.JHT.resignation': 'I resigned',
  'reason.JHT.layoff': 'I was laid off (PHK)',
  'reason.JHT.contractEnd': 'My work contract ended',
  'reason.JHT.age56': 'I have reached 56 (retirement)',
  'reason.JHT.disability': 'Total permanent disability',
  'reason.JHT.leavingIndonesia': 'Leaving Indonesia for good',
  'reason.JHT.death': 'The participant has died (claimed by the heirs)',
  'reason.JKK.standard': 'Work accident or occupational disease',
  'reason.JKM.standard': 'The participant has died (claimed by the heirs)',
  'reason.JP.oldAge': 'Old-age pension',
  'reason.JP.disability': 'Disability pension',
  'reason.JP.survivor': 'Pension for a widow, widower or child',

  // Documents: originals are shown to the officer on camera
  'doc.kpjCard': 'Original BPJS Ketenagakerjaan membership card (KPJ)',
  'doc.ektp': 'Original e-KTP',
  'doc.kitas': 'Original KITAS',
  'doc.passport': 'Original passport',
  'doc.familyCard': 'Original family card (KK)',
  'doc.resignationLetter': 'Original letter of employment end (paklaring)',
  'doc.retirementLetter': 'Retirement letter from the employer',
  'doc.savingsBook': 'Savings book in your own name',
  'doc.recentPhoto': 'Recent photo',
  'doc.formF5': 'Completed form F5 (JHT claim)',
  'doc.npwp': 'NPWP card',
  'doc.doctorCertificate': "Doctor's certificate",
  'doc.notReturningStatement': 'Signed statement that you will not return to, or work in, Indonesia',
  'doc.deathCertificate': 'Death certificate',
  'doc.heirCertificate': 'Certificate of heirs',
  'doc.heirKtp': "Heir's e-KTP",
  'doc.heirSavingsBook': "Savings book in the heir's name",
  'doc.guardianshipPapers': 'Guardianship papers for children under age',
  'doc.marriageBook': 'Marriage book',
  'doc.employerReference': "Letter from the participant's employer",
  'doc.accidentReport': 'Work accident report forms',
  'doc.chronology': 'Account of how the accident happened',
  'doc.witnessStatements': 'Witness statements',
  'doc.policeReport': 'Police report',
  'doc.receipts': 'Receipts for treatment and transport',
  'doc.form7': 'Completed form 7 (pension claim)',
  'doc.employerCertificate': 'Letter from the employer',
  'docNote.npwpAboveThreshold':
    'Required if your JHT balance is above Rp50 million. Without it the tax is 20% higher.',
  'docNote.npwpIfAny': 'Bring it if you have one.',
  'docNote.layoffLetter': 'The PHK letter from your employer.',
  'docNote.contractEndLetter': 'A letter stating that your contract has ended.',
  'docNote.resignationOrContract': 'Your work contract is also accepted.',
  'docNote.kitasForeigner': 'For foreign workers.',
  'docNote.accidentReportStages': 'Stage I and stage II reports, usually filed by the employer.',
  'docNote.doctorReport': 'Report from the treating doctor.',
  'docNote.receiptsIfPaid': 'Only if you paid the costs yourself.',
  'docNote.guardianshipMinors': 'If any heir is under age.',
  'docNote.policeReportRoad': 'For road accidents.',

  // Pre-checks before the officer joins
  'precheck.nikStructure.ok': 'The NIK is well formed.',
  'precheck.nikBirthDate.ok': 'The date of birth in the NIK matches yours ({birthDate}).',
  'precheck.nikBirthDate.mismatch':
    'The date of birth in the NIK ({nikBirthDate}) differs from yours ({statedBirthDate}). Please check the NIK against your e-KTP.',
  'precheck.nikSex.ok': 'The sex in the NIK matches.',
  'precheck.nikSex.nikFemale':
    'The NIK says female, but your details say male. Please check the NIK against your e-KTP.',
  'precheck.nikSex.nikMale':
    'The NIK says male, but your details say female. Please check the NIK against your e-KTP.',
  'precheck.kpjFormat.ok': 'The KPJ number is well formed.',
  'precheck.npwpRequired.notNeeded': 'Your JHT balance is not above Rp{threshold}, so no NPWP is needed.',
  'precheck.npwpRequired.provided': 'Your JHT balance is above Rp{threshold}, and you entered an NPWP.',
  'precheck.npwpRequired.missing':
    'Your JHT balance is above Rp{threshold}, so an NPWP is required. Please enter it, or ask the officer.',
  'precheck.npwpFormat.ok': 'The NPWP is well formed.',
  'precheck.accountHolder.match': 'The name on the savings book matches yours.',
  'precheck.accountHolder.partial':
    'The name on the savings book ({accountHolder}) only partly matches yours ({participantName}). The officer will check it.',
  'precheck.accountHolder.mismatch':
    'The name on the savings book ({accountHolder}) differs from yours ({participantName}). The account must be in your own name.',
  'precheck.jhtTax.none': 'A JHT balance of Rp{balance} is not taxed. You receive Rp{net}.',
  'precheck.jhtTax.amount': 'JHT tax is Rp{tax}. From a balance of Rp{balance} you receive Rp{net}.',
  'precheck.jhtTax.noNpwpSurcharge':
    'Without an NPWP the JHT tax is Rp{tax} (Rp{extra} more). From a balance of Rp{balance} you receive Rp{net}.',

  // Error codes of failed acks (shared/src/protocol/errors.ts) and client timeouts
  'error.BAD_REQUEST': 'Some of the information sent is missing or wrong. Please check it.',
  'error.PAYLOAD_TOO_LARGE': 'The data is too large to send.',
  'error.UNKNOWN_EVENT': 'The branch server does not know this request.',
  'error.UNAUTHENTICATED': 'This device is not enrolled or the session has expired. Please sign in again.',
  'error.FORBIDDEN': 'You are not allowed to do this.',
  'error.NOT_FOUND': 'Not found.',
  'error.CONFLICT': 'This step cannot be done right now.',
  'error.INVALID_CREDENTIALS': 'Wrong username or password.',
  'error.LOCKED_OUT': 'The account is locked for a while after too many attempts. Try again later.',
  'error.NO_FREE_SLOT': 'The desk has no free slot.',
  'error.MEDIA_ERROR': 'There is a problem with the camera or microphone.',
  'error.INTERNAL': 'The branch server had a problem. Nothing was changed; please try again.',
  'error.TIMEOUT': 'The branch server did not answer. Check the network and try again.',
} as const satisfies Record<MessageKey, string>;
