// English screen texts of the kiosk. `satisfies` makes a missing or extra key a compile error, so
// this dictionary can never drift from kioskMessages.id.ts.

import type { KioskMessageKey } from './kioskMessages.id.js';

export const kioskEn = {
  'app.title': 'BPJS Ketenagakerjaan Service Booth',
  'app.loading': 'Loading…',

  'toolbar.label': 'Display settings',
  'toolbar.language': 'Language',
  'toolbar.largeText': 'Large text',
  'toolbar.highContrast': 'High contrast',
  'toolbar.speech': 'Spoken guidance',
  'help.call': 'Call an officer',
  'help.called': 'An officer has been called. Please wait a moment.',
  'connection.offline': 'The connection to the branch server was lost. Reconnecting…',
  'connection.restored': 'Connected to the branch server again.',

  'enroll.title': 'Booth enrollment',
  'enroll.intro':
    'This booth is not enrolled with the branch server yet. Branch IT: enter the enrollment code from the admin page.',
  'enroll.codeLabel': 'Enrollment code',
  'enroll.submit': 'Enroll this booth',
  'enroll.working': 'Enrolling the booth…',
  'enroll.codeTooShort': 'The enrollment code has at least 6 characters.',
  'enroll.codeUnknown': 'This enrollment code is unknown, already used or expired. Ask for a new code.',
  'enroll.refused':
    'The branch server refused this booth; its enrollment may have been revoked. Enter a new enrollment code.',
  'enroll.network': 'The branch server cannot be reached. Check the network and try again.',
  'enroll.done': 'Booth enrolled as {boothName}.',

  'attract.title': 'Welcome to BPJS Ketenagakerjaan',
  'attract.subtitle': 'Claim JHT, JKK, JKM or JP. An officer will serve you over video.',
  'attract.start': 'Touch to start',
  'attract.scanHint': 'Have a booking code? Hold the booking QR to the scanner.',

  'checkIn.title': 'Enter your NIK and KPJ number',
  'checkIn.scanHint': 'Have a booking code? Hold the booking QR to the scanner at any time.',
  'checkIn.nikLabel': 'NIK (16 digits on your e-KTP)',
  'checkIn.kpjLabel': 'KPJ number (on your membership card)',
  'checkIn.submit': 'Continue',
  'checkIn.working': 'Looking up your details…',
  'checkIn.back': 'Back',
  'checkIn.fixFields': 'Please check the marked fields.',
  'checkIn.bookingWorking': 'Reading the booking code…',
  'checkIn.bookingNotFound':
    'This booking code was not found or has been used. Enter your NIK and KPJ, or call an officer.',
  'checkIn.cameraQr': 'Scan the QR with the camera',
  'checkIn.cameraQrHint': 'Hold the booking QR up to the camera in front of you.',
  'checkIn.cameraQrStop': 'Close the camera',
  'checkIn.cameraQrVideo': 'Camera picture for scanning the booking QR',
  'keypad.label': 'Number keys',
  'keypad.delete': 'Delete',

  'consent.title': 'Your agreement before the video service',
  'consent.greeting': 'Welcome, {name}.',
  'consent.intro':
    'An officer will check your details and original documents over video. Before we start, please read how your data is used.',
  'consent.controller.label': 'Who uses your data',
  'consent.controller': 'BPJS Ketenagakerjaan, through {office}.',
  'consent.controllerThisBranch': 'BPJS Ketenagakerjaan, through this branch office.',
  'consent.purpose.label': 'What for',
  'consent.purpose':
    'To make sure you are the participant or their heir, to check your documents, to process the claim you make, and to prevent false claims.',
  'consent.basis.label': 'On what legal ground',
  'consent.basis':
    'BPJS Ketenagakerjaan is a public body that must pay social security benefits by law. Your data is used to carry out that legal duty and public service (Personal Data Protection Law, Article 20).',
  'consent.data.label': 'Which data',
  'consent.data':
    'Your name, NIK, KPJ number, date of birth and photos of your documents. Also data with special protection: your face on video compared with your e-KTP photo, your bank account details, and health data for a work accident or occupational disease claim.',
  'consent.recording.label': 'Video and sound',
  'consent.videoNotRecorded':
    'Video and sound are not recorded. They are only used live while you talk with the officer.',
  'consent.retention.label': 'How long it is kept',
  'consent.kept':
    'Photos of your documents and the claim decision are kept locked (encrypted) at the branch office for {period}, then deleted.',
  'consent.period.years': '{years} years',
  'consent.period.days': '{days} days',
  'consent.rights.label': 'Your rights',
  'consent.rights':
    'You may see your data and get a copy, have wrong data corrected, ask for it to be deleted or its use limited as the rules allow, withdraw your agreement, and make a complaint.',
  'consent.contact.label': 'Questions about your data',
  'consent.contact': 'Contact the Data Protection Officer: {contact}.',
  'consent.contactAtCounter': 'Ask at the service counter how to reach the Data Protection Officer.',
  'consent.question': 'Do you agree to be served over video?',
  'consent.refuseNote': 'If you do not agree, you will be served at the service counter instead.',
  'consent.accept': 'Yes, I agree',
  'consent.refuse': 'I do not agree',

  'refused.title': 'Please go to the service counter',
  'refused.body':
    'That is fine. You can still make your claim in person at the customer service counter of this branch.',
  'refused.bring':
    'Bring your original documents: e-KTP, membership card (KPJ), family card (KK), savings book and your letter of employment end.',
  'refused.done': 'Back to the start',

  'claim.title': 'What would you like to claim?',
  'claim.typeLegend': 'Type of claim',
  'claim.reasonLegend': 'Reason for the claim',
  'claim.priorityLegend': 'Do you need priority service?',
  'claim.priorityHint': 'Priority participants are served first.',
  'claim.chooseType': 'Choose the type of claim.',
  'claim.chooseReason': 'Choose the reason for the claim.',
  'claim.submit': 'Continue',
  'claim.working': 'Saving your choice…',
  'claim.cancel': 'Cancel',
  'priority.none': 'No',
  'priority.disability': 'I have a disability',
  'priority.elderly': 'I am elderly',
  'priority.pregnant': 'I am pregnant',

  'documents.title': 'Documents to have ready',
  'documents.intro':
    'Have these original documents ready. The officer will ask for them one by one at the document camera.',
  'documents.required': 'Required documents',
  'documents.optional': 'Bring them if you have them',
  'documents.continue': 'I am ready',

  'waiting.title': 'Waiting for an officer',
  'waiting.queue': 'Your place in the queue: {position}',
  'waiting.eta': 'Expected wait: about {minutes} minutes.',
  'waiting.queueIntro': 'All officers are busy. You will be called in turn.',
  'waiting.seatedTitle': 'Your officer: {name}',
  'waiting.seated': 'Officer {name} (staff number {staffId}) will greet you on this screen shortly.',
  'waiting.onHoldTitle': 'Please wait a moment',
  'waiting.onHold': 'Officer {name} is with another participant and will come back to you.',
  'waiting.selfServiceTitle': 'While you wait: photograph your documents',
  'waiting.selfServiceIntro':
    'Place a document under the document camera and take its photo. This speeds up the check.',
  'waiting.captured': 'Photographed',
  'waiting.notCaptured': 'Not photographed yet',
  'waiting.take': 'Photograph',
  'waiting.retake': 'Photograph again',
  'waiting.takeLabel': 'Photograph: {document}',
  'waiting.retakeLabel': 'Photograph again: {document}',

  'capture.title': 'Photo: {document}',
  'capture.instructions': 'Place the document inside the frame. Make sure all the writing is clear.',
  'capture.video': 'Document camera picture',
  'capture.take': 'Take the photo',
  'capture.retake': 'Try again',
  'capture.keep': 'Keep this photo',
  'capture.cancel': 'Cancel',
  'capture.saving': 'Saving the photo…',
  'capture.saved': 'Photo of {document} saved.',
  'capture.previewAlt': 'The photo of {document} just taken',
  'capture.thumbAlt': 'Saved photo of {document}',
  'capture.check': 'Can you read the writing clearly?',
  'capture.cameraError': 'The document camera cannot be opened. Please call an officer.',

  'call.title': 'An officer is serving you',
  'call.officer': 'Officer: {name}',
  'call.staffId': 'Staff number: {staffId}',
  'call.officerVideo': 'Video of officer {name}',
  'call.connecting': "Connecting the officer's video…",
  'call.selfView': 'Your camera',
  'call.mediaError': "The booth's camera or microphone cannot be used. Please call an officer.",

  'request.title': 'The officer asks',
  'request.showDocument': 'Show your {document} to the document camera.',
  'request.showDocumentAny': 'Show the document asked for to the document camera.',
  'request.holdCloser': 'Hold the document closer to the camera.',
  'request.turnOver': 'Turn the document over and show the back.',
  'request.lookAtCamera': 'Look at the camera in front of you.',
  'request.captureDocument':
    'Place your {document} under the document camera. The officer will take a photo.',
  'request.captureDocumentAny':
    'Place the document asked for under the document camera. The officer will take a photo.',
  'request.documentView': 'Document camera picture the officer sees',
  'request.done': 'Done',

  'outcome.title.approved': 'Your claim is approved',
  'outcome.title.pending': 'Your claim documents are not complete',
  'outcome.title.rejected': 'Your claim cannot be approved',
  'outcome.title.escalated': 'Your claim needs a further check',
  'outcome.approved': 'The money will be sent to your account. Keep the claim number below.',
  'outcome.pending': 'Please complete these documents, then come back and give this claim number:',
  'outcome.rejected': "The officer's reason:",
  'outcome.escalated': 'An officer will contact you. Keep the claim number below.',
  'outcome.reference': 'Claim number',
  'outcome.qrLabel': 'QR code of claim number {reference}',
  'outcome.finish': 'Finish',
  'outcome.privacy': 'When you press Finish, all your data is removed from this screen.',

  'idle.title': 'Are you still there?',
  'idle.body': 'To protect your data, this screen will be cleared in {seconds} seconds.',
  'idle.continue': 'Yes, continue',

  'status.queue': 'Your place in the queue is now {position}.',
  'status.seated': 'Officer {name} is ready for you.',
  'status.inCall': 'Officer {name} is now talking with you.',
  'status.onHold': 'Officer {name} is with another participant.',
} as const satisfies Record<KioskMessageKey, string>;
