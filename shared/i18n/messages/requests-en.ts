import type { RequestsMessages } from './requests-it';

/** English messages of the requests pages: the same keys as requests-it.ts, all of them. */
export const requestsEn: RequestsMessages = {
  'requests.areaTitle': 'Personal area',
  'requests.service.apply': 'Fill in the application online',
  'requests.back': 'Back',
  'requests.continue': 'Continue',
  'requests.working': 'Please wait…',
  'requests.yes': 'Yes',
  'requests.no': 'No',
  'requests.protocol': 'Protocol no. {protocol}',
  'requests.submitted': 'Application sent. Its protocol number is {protocol}: you can follow the request on this page.',

  'requests.signIn.action': 'Sign in',
  'requests.signIn.form':
    'To apply online you need to sign in to your personal area. After signing in you will come back to this page.',
  'requests.signIn.mine': 'To see your requests you need to sign in to your personal area.',
  'requests.signIn.request': 'To see this request, sign in with the account that submitted it.',

  'requests.form.kicker': 'Online application',
  'requests.form.progress': 'Question {current} of {total}',
  'requests.form.handledBy': 'The application is handled by {office} ({org}).',
  'requests.form.deadlineCalendar.one': 'The office must answer within 1 day of submission.',
  'requests.form.deadlineCalendar.other': 'The office must answer within {count} days of submission.',
  'requests.form.deadlineWorking.one': 'The office must answer within 1 working day of submission.',
  'requests.form.deadlineWorking.other': 'The office must answer within {count} working days of submission.',
  'requests.form.savedAsYouGo':
    'Your answers are saved on every page: you can stop and carry on whenever you like, from another device too.',
  'requests.form.savedNote': 'Your answers are saved when you choose “Continue”.',
  'requests.form.waiting':
    'You are offline: your answers so far are saved on this device and will be sent as soon as you are back online. Sending the form needs a connection.',
  'requests.form.servicePage': 'Go to the service page',
  'requests.form.noFormTitle': 'Online application not available',
  'requests.form.noFormBody':
    'This service does not take applications online. The service page explains how to access it.',
  'requests.form.changed':
    'The form has been updated since you started your application. We kept the answers that still apply: please check every page again.',
  'requests.form.resumed':
    'You are carrying on with the application you saved on {date}: your answers so far are kept.',
  'requests.form.restarted': 'The draft has been deleted: you can start the application again from the beginning.',

  'requests.field.optional': '{label} (optional)',
  'requests.errors.title': 'There is a problem',
  'requests.errors.titlePrefix': 'Error:',

  'requests.address.street': 'Street and house number',
  'requests.address.postalCode': 'Postcode (CAP)',
  'requests.address.city': 'Town or city',
  'requests.address.locationHint':
    "Give the exact spot: use your device's location or type the latitude and longitude.",
  'requests.address.useLocation': 'Use my location',
  'requests.address.locating': 'Finding your location…',
  'requests.address.located': 'Location found: latitude and longitude have been filled in.',
  'requests.address.locationDenied':
    'You did not allow the location to be used. You can type the latitude and longitude yourself.',
  'requests.address.locationFailed':
    'Your location could not be found. Try again or type the latitude and longitude yourself.',
  'requests.address.noGeolocation': 'This device cannot tell its location. Type the latitude and longitude yourself.',
  'requests.address.latitude': 'Latitude',
  'requests.address.longitude': 'Longitude',
  'requests.address.position': 'position {latitude}, {longitude}',

  'requests.file.limits': 'Accepted formats: {types}. Maximum size per file: {size}.',
  'requests.file.empty': 'The file “{name}” is empty: choose another file.',
  'requests.file.tooLarge': 'The file “{name}” is too large: the maximum size is {size}.',
  'requests.file.tooLargeAny': 'The file is too large.',
  'requests.file.badType': 'The file “{name}” is not in an accepted format: attach a PDF or a PNG, JPEG or WebP image.',
  'requests.file.uploading': 'Uploading “{name}”…',
  'requests.file.attached': 'The file “{name}” has been attached.',
  'requests.file.attachedCount.one': 'You have attached 1 file to this application.',
  'requests.file.attachedCount.other': 'You have attached {count} files to this application.',
  'requests.file.removed': 'The file “{name}” has been removed.',
  'requests.file.remove': 'Remove',
  'requests.file.listLabel': 'Attached files',

  'requests.check.title': 'Check your answers',
  'requests.check.intro': 'Before you send the application, check that your answers are correct.',
  'requests.check.change': 'Change',
  'requests.check.sendTitle': 'Send the application',
  'requests.check.declaration':
    'By sending the application you declare that the information you gave is true and complete. Once sent, the answers can no longer be changed.',
  'requests.check.submit': 'Send the application',

  'requests.draft.discard': 'Start again',
  'requests.draft.discardTitle': 'Delete the draft?',
  'requests.draft.discardBody': 'Your answers so far and the attached files will be deleted. This cannot be undone.',
  'requests.draft.discardConfirm': 'Delete the draft',
  'requests.draft.discardKeep': 'Keep the draft',

  'requests.answer.none': 'No answer',
  'requests.answer.noFiles': 'No files',

  'requests.status.label': 'Status',
  'requests.status.draft': 'To complete',
  'requests.status.submitted': 'Submitted',
  'requests.status.in_review': 'In review',
  'requests.status.needs_info': 'Waiting for information',
  'requests.status.approved': 'Approved',
  'requests.status.rejected': 'Rejected',
  'requests.status.closed': 'Closed',
  'requests.status.withdrawn': 'Withdrawn',

  'requests.deadline.title': 'Response time',
  'requests.deadline.onTime': 'Answer due by {date}',
  'requests.deadline.daysLeft.one': '1 day left',
  'requests.deadline.daysLeft.other': '{count} days left',
  'requests.deadline.workingDaysLeft.one': '1 working day left',
  'requests.deadline.workingDaysLeft.other': '{count} working days left',
  'requests.deadline.paused': 'Deadline suspended: waiting for your answer',
  'requests.deadline.overdue.one': '1 day late',
  'requests.deadline.overdue.other': '{count} days late',
  'requests.deadline.met': 'Answered within the deadline ({date})',
  'requests.deadline.missed.one': 'Answered 1 day late',
  'requests.deadline.missed.other': 'Answered {count} days late',
  'requests.deadline.explain.one':
    'By law (Law 241/1990) the office must conclude the request within 1 day of the application being sent.',
  'requests.deadline.explain.other':
    'By law (Law 241/1990) the office must conclude the request within {count} days of the application being sent.',
  'requests.deadline.explainWorking.one':
    'By law (Law 241/1990) the office must conclude the request within 1 working day of the application being sent.',
  'requests.deadline.explainWorking.other':
    'By law (Law 241/1990) the office must conclude the request within {count} working days of the application being sent.',
  'requests.deadline.pausedExplain.one':
    'The office has asked you for information: until you answer, the deadline is suspended (art. 2(7), Law 241/1990). When you answer it starts running again, with 1 day left.',
  'requests.deadline.pausedExplain.other':
    'The office has asked you for information: until you answer, the deadline is suspended (art. 2(7), Law 241/1990). When you answer it starts running again, with {count} days left.',
  'requests.deadline.pausedExplainWorking.one':
    'The office has asked you for information: until you answer, the deadline is suspended (art. 2(7), Law 241/1990). When you answer it starts running again, with 1 working day left.',
  'requests.deadline.pausedExplainWorking.other':
    'The office has asked you for information: until you answer, the deadline is suspended (art. 2(7), Law 241/1990). When you answer it starts running again, with {count} working days left.',

  'requests.mine.title': 'My requests',
  'requests.mine.link': 'My requests',
  'requests.mine.intro': 'The applications you sent online and those you started filling in.',
  'requests.mine.drafts': 'To complete',
  'requests.mine.draftsIntro': 'Applications started but not sent yet: carry on where you left off.',
  'requests.mine.open': 'In progress',
  'requests.mine.closed': 'Concluded',
  'requests.mine.continueDraft': 'continue the application',
  'requests.mine.submittedAt': 'Sent on {date}',
  'requests.mine.lastSaved': 'Saved on {date}',
  'requests.mine.empty': 'You have not applied online yet',
  'requests.mine.emptyHint': 'When a service takes applications online, its page has “Fill in the application online”.',
  'requests.mine.findService': 'See the services',

  'requests.overview.title': 'Your open requests',
  'requests.overview.all': 'All your requests',

  'requests.page.title': 'Request',
  'requests.page.kicker': 'Request',
  'requests.page.status': 'Where it stands',
  'requests.page.statusLabel': 'Status',
  'requests.page.protocol': 'Protocol number',
  'requests.page.submittedAt': 'Sent on',
  'requests.page.organization': 'Administration',
  'requests.page.office': 'Office handling the request',
  'requests.page.email': 'Email',
  'requests.page.phone': 'Phone',
  'requests.page.quoteProtocol': 'If you contact the office, quote the protocol number.',
  'requests.page.answers': 'Your answers',
  'requests.page.files': 'Attached files',

  'requests.live.statusChanged': 'The request has been updated. New status: {status}.',
  'requests.live.updated': 'The request has been updated.',

  'requests.timeline.title': 'History of the request',
  'requests.timeline.you': 'You',
  'requests.timeline.system': 'Sportello',
  'requests.timeline.staff': '{name}, {office}',
  'requests.timeline.submitted': 'Application sent',
  'requests.timeline.moved': 'New status: {status}',
  'requests.timeline.message': 'Message',

  'requests.info.title': 'The office is asking you for information',
  'requests.info.asked': 'This is what the office asks:',
  'requests.info.message': 'Your answer',
  'requests.info.messageHint': 'Write the information asked for. You can also attach documents.',
  'requests.info.messageMissing': 'Write your answer to the office.',
  'requests.info.files': 'Documents to attach (optional)',
  'requests.info.filesHint': 'Files are uploaded straight away and sent with your answer.',
  'requests.info.send': 'Send the answer',
  'requests.info.sent': 'Answer sent: the request goes back to the office and the deadline starts running again.',

  'requests.info.queued':
    'You are offline: your answer is saved on this device and will be sent as soon as you are back online. Here it is:',
  'requests.withdraw.sectionTitle': 'Withdrawing the application',
  'requests.withdraw.intro':
    'Until the office has decided, you can withdraw the application. Once withdrawn, the request is closed.',
  'requests.withdraw.action': 'Withdraw the application',
  'requests.withdraw.title': 'Withdraw the application?',
  'requests.withdraw.body':
    'The application “{service}” will be withdrawn and the office will no longer examine it. This cannot be undone.',
  'requests.withdraw.reason': 'Reason for withdrawing (optional)',
  'requests.withdraw.confirm': 'Withdraw the application',
  'requests.withdraw.keep': 'Do not withdraw',
  'requests.withdraw.done': 'You have withdrawn the application.',

  'requests.receipt.title': 'Receipt of submission',
  'requests.receipt.link': 'See and print the receipt',
  'requests.receipt.back': 'Back to the request',
  'requests.receipt.submittedAt': 'Date and time of submission',
  'requests.receipt.service': 'Service',
  'requests.receipt.sha256': 'SHA-256 fingerprint',
  'requests.receipt.note':
    'The SHA-256 fingerprint of each file lets anyone check later that a document is the one that was sent.',
  'requests.receipt.print': 'Print',
};
