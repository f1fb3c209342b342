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
  'nik.regency':
    'Digits 3 and 4 of the NIK (regency or city) cannot be 00. Please check it against your e-KTP.',
  'nik.district': 'Digits 5 and 6 of the NIK (district) cannot be 00. Please check it against your e-KTP.',
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
  'npwp.zero': 'An NPWP of only zeros is not an NPWP.',

  // Claims
  'claim.JHT': 'Old-Age Savings (JHT)',
  'claim.JKK': 'Work Accident Benefit (JKK)',
  'claim.JKM': 'Death Benefit (JKM)',
  'claim.JP': 'Pension (JP)',
  'reason.JHT.resignation': 'I resigned',
  'reason.JHT.layoff': 'I was laid off (PHK)',
  'reason.JHT.contractEnd': 'My work contract ended',
  'reason.JHT.age56': 'I have reached pension age (56)',
  'reason.JHT.disability': 'Total permanent disability',
  'reason.JHT.leavingIndonesia': 'Leaving Indonesia for good',
  'reason.JHT.death': 'The participant has died (claimed by the heirs)',
  'reason.JHT.partialRetirement': 'Withdraw part (10%) to prepare for retirement, still working',
  'reason.JHT.partialHousing': 'Withdraw part (30%) for housing, still working',
  'reason.JKK.workAccident': 'Work accident',
  'reason.JKK.accidentDeath': 'The participant died in a work accident (claimed by an heir)',
  'reason.JKK.occupationalDisease': 'Occupational disease',
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
  'doc.notWorkingStatement': 'Your signed statement that you no longer work',
  'doc.activeEmploymentLetter': 'Letter from your employer that you still work there',
  'doc.housingDocuments': 'Papers of the house purchase or home loan (e.g. the mortgage agreement)',
  'doc.savingsBook': 'Savings book in your own name',
  'doc.recentPhoto': 'Recent photo',
  'doc.formF5': 'Completed form F5 (JHT claim)',
  'doc.npwp': 'NPWP card',
  'doc.doctorCertificate': "Doctor's certificate",
  'doc.workHistoryStatement': "Employer's statement of your work history",
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
  'docNote.npwpWhereRequired':
    'Required if the JHT balance is above Rp50 million, or if you withdrew part of your JHT before.',
  'docNote.layoffLetter': "The employer's PHK letter, or the labour office's receipt of the PHK report.",
  'docNote.contractEndLetter': 'A letter that the work contract has ended, or the contract itself.',
  'docNote.nonWageStatement': 'For self-employed (non-wage) participants: written by yourself.',
  'docNote.passportMigrant': 'For Indonesian migrant workers.',
  'docNote.kitasForeigner': 'For foreign workers.',
  'docNote.totalDisability': 'From the examining or adviser doctor, stating total permanent disability.',
  'docNote.occupationalDisease': 'From the examining doctor, stating an occupational disease.',
  'docNote.accidentReportStages': 'Stage I and stage II reports, usually filed by the employer.',
  'docNote.doctorReport': 'Report from the treating doctor.',
  'docNote.receiptsIfPaid': 'Only if you paid the costs yourself.',
  'docNote.guardianshipMinors': 'If any heir is under age.',
  'docNote.policeReportRoad': 'For road accidents.',

  // Pre-checks: read by the CSO on the officer station, about the participant
  'precheck.nikStructure.ok': 'The NIK is well formed (province {province}).',
  'precheck.nikStructure.empty': "The participant's NIK is empty.",
  'precheck.nikStructure.notDigits': "The participant's NIK contains characters other than digits.",
  'precheck.nikStructure.length': "The participant's NIK has {count} digits instead of 16.",
  'precheck.nikStructure.province': 'The first two digits of the NIK are not a Kemendagri province code.',
  'precheck.nikStructure.regency': 'The regency/city code in the NIK (digits 3 and 4) cannot be 00.',
  'precheck.nikStructure.district': 'The district code in the NIK (digits 5 and 6) cannot be 00.',
  'precheck.nikStructure.day': 'The day of birth in the NIK cannot be right.',
  'precheck.nikStructure.month': 'The month of birth in the NIK cannot be right.',
  'precheck.nikStructure.date': 'The date of birth in the NIK does not exist.',
  'precheck.nikStructure.serial': 'The serial number of the NIK cannot be 0000.',
  'precheck.nikBirthDate.ok': "The date of birth in the NIK matches the participant's ({birthDate}).",
  'precheck.nikBirthDate.mismatch':
    "The date of birth in the NIK ({nikBirthDate}) differs from the participant's ({statedBirthDate}). A NIK stays the same after a corrected birth date: check the original e-KTP.",
  'precheck.nikSex.ok': "The sex in the NIK matches the participant's.",
  'precheck.nikSex.nikFemale':
    'The NIK says female, the participant is recorded as male. Check the original e-KTP.',
  'precheck.nikSex.nikMale':
    'The NIK says male, the participant is recorded as female. Check the original e-KTP.',
  'precheck.kpjFormat.ok': 'The KPJ number is well formed.',
  'precheck.kpjFormat.empty': "The participant's KPJ number is empty.",
  'precheck.kpjFormat.notDigits': "The participant's KPJ number contains characters other than digits.",
  'precheck.kpjFormat.length':
    "The participant's KPJ number has {count} digits instead of 11 (8 to 10 on old cards).",
  'precheck.kpjFormat.oldFormat': 'A KPJ number from an old card: check it against the membership record.',
  'precheck.npwpFormat.sameAsNik': "The NPWP is the participant's NIK (resident individual).",
  'precheck.npwpFormat.otherNik': "The NPWP {npwp} has the form of a NIK, but not the participant's.",
  'precheck.npwpFormat.legacy': 'The NPWP {npwp} has the old form (0 + 15 digits), right for a non-resident.',
  'precheck.npwpFormat.legacyResident':
    'The NPWP {npwp} has the old form. For a resident individual the NPWP is the NIK ({nik}): confirm with the participant.',
  'precheck.npwpFormat.empty': 'The NPWP is empty.',
  'precheck.npwpFormat.notDigits': 'The NPWP contains characters other than digits, dots or dashes.',
  'precheck.npwpFormat.length': 'The NPWP has 15 digits (old number) or 16.',
  'precheck.npwpFormat.zero': 'The NPWP is all zeros: not an NPWP.',
  'precheck.npwpRequired.notNeeded': 'The JHT balance is not above Rp{threshold}: no NPWP is needed.',
  'precheck.npwpRequired.provided': 'An NPWP is required and present.',
  'precheck.npwpRequired.missing':
    'The JHT balance is above Rp{threshold}: an NPWP is required and none valid is present.',
  'precheck.npwpRequired.missingAfterPartial':
    'The participant withdrew part of the JHT before ({date}): an NPWP is required and none valid is present.',
  'precheck.npwpRequired.unknownBalance':
    'The JHT balance is not filled in: whether an NPWP is needed must be confirmed.',
  'precheck.jhtTax.none': 'JHT of Rp{amount} is not taxed. Paid out: Rp{net}.',
  'precheck.jhtTax.final': 'Final JHT tax Rp{tax} (PP 68/2009). Of Rp{amount}, paid out: Rp{net}.',
  'precheck.jhtTax.progressive':
    'Paid in the third calendar year or later since {since}: UU PPh art. 17 rates, tax Rp{tax}. Of Rp{amount}, paid out: Rp{net}.',
  'precheck.jhtTax.surcharge':
    'Without an NPWP the tax is raised by {surcharge}% (branch setting): tax Rp{tax}. Of Rp{amount}, paid out: Rp{net}.',
  'precheck.accountHolder.match': "The name in the savings book matches the participant's.",
  'precheck.accountHolder.partial':
    "The name in the savings book ({accountHolder}) only partly matches the participant's ({participantName}): check the original book.",
  'precheck.accountHolder.mismatch':
    "The name in the savings book ({accountHolder}) differs from the participant's ({participantName}). The account must be the participant's.",
  'precheck.accountHolder.missing': 'The name in the savings book is not filled in: to confirm.',
  'precheck.accountHolder.nameUnknown':
    "The participant's name is not in the branch data: compare the savings book's name ({accountHolder}) with the original e-KTP.",
  'precheck.accountHolder.heirMatch': "The name in the savings book matches the heir's.",
  'precheck.accountHolder.heirPartial':
    "The name in the savings book ({accountHolder}) only partly matches the heir's ({heirName}): check the original book.",
  'precheck.accountHolder.heirMismatch':
    "The name in the savings book ({accountHolder}) differs from the heir's ({heirName}). The account must be the heir's.",
  'precheck.accountHolder.heirUnknown':
    "The heir's name is not filled in: compare the savings book's name ({accountHolder}) with the certificate of heirs.",
  'precheck.jhtWorkEnd.ok': 'Stopped working on {workEnd}; JHT payable from {eligibleFrom}.',
  'precheck.jhtWorkEnd.waiting':
    'Stopped working on {workEnd}; the one-month waiting period is not over. JHT payable from {eligibleFrom}.',
  'precheck.jhtWorkEnd.unknown':
    'The date work ended is not in the branch data: confirm it from the original letter.',
  'precheck.jhtWorkEnd.future': 'The date work ends ({workEnd}) has not come yet.',
  'precheck.jhtWorkEnd.nonWage': 'Non-wage participant: stops working by own statement, no waiting period.',
  'precheck.jhtPensionAge.ok': 'Aged {age}: has reached the pension age of {pensionAge}.',
  'precheck.jhtPensionAge.tooYoung':
    'Aged {age}: has not reached the pension age of {pensionAge} (from {eligibleFrom}).',
  'precheck.jhtPartial.ok': 'Member since {since} (10 years or more): may withdraw {percent}% once.',
  'precheck.jhtPartial.tooShort': 'Member since {since}: not yet 10 years. Partial JHT from {eligibleFrom}.',
  'precheck.jhtPartial.already':
    'The participant already withdrew part of the JHT on {date}: allowed only once.',
  'precheck.jhtPartial.unknown':
    'The membership start is not in the branch data: the 10-year rule must be confirmed.',
  'precheck.jhtPartial.workEnded':
    'The branch data says work ended on {workEnd}: partial JHT is for participants still working. Confirm.',
  'precheck.leavingIndonesia.foreigner': 'A foreign worker leaving Indonesia for good.',
  'precheck.leavingIndonesia.citizen':
    'Indonesian or unknown citizenship: make sure leaving Indonesia is a valid ground for this participant.',
  'precheck.deathDate.ok': 'Date of death in the branch data: {date}.',
  'precheck.deathDate.unknown':
    'The date of death is not in the branch data: confirm it from the death certificate.',
  'precheck.deathDate.future':
    'The date of death in the branch data ({date}) has not come yet: the data is wrong.',
  'precheck.jpPensionAge.ok': 'Reached the JP pension age ({pensionAge}) on {since}.',
  'precheck.jpPensionAge.tooYoung': 'Has not reached the JP pension age: {pensionAge} on {eligibleFrom}.',
  'precheck.jpBenefit.monthly': '{months} contribution months (at least {minimum}): monthly pension.',
  'precheck.jpBenefit.lumpSum':
    '{months} contribution months, fewer than {minimum}: paid as a lump sum (contributions plus returns), not monthly.',
  'precheck.jpBenefit.unknown':
    'JP contribution months are not in the branch data: monthly or lump sum must be confirmed.',

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
  'error.PASSWORD_CHANGE_REQUIRED': 'The password is right, but you must choose a new one before signing in.',
  'error.WEAK_PASSWORD': 'A new password has at least 10 characters and is not the username.',
  'error.ACCOUNT_DISABLED': 'This account is disabled. Ask branch IT.',
  'error.NO_FREE_SLOT': 'The desk has no free slot.',
  'error.MEDIA_ERROR': 'There is a problem with the camera or microphone.',
  'error.APPROVAL_BLOCKED':
    'Approval is refused: a check failed, a warning is not confirmed with a reason, or a required document is not verified.',
  'error.INTERNAL': 'The branch server had a problem. Nothing was changed; please try again.',
  'error.TIMEOUT': 'The branch server did not answer. Check the network and try again.',
} as const satisfies Record<MessageKey, string>;
