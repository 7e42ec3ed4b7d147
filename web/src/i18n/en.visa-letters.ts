/** English for the visa invitation letter dialog (an event's invitation row). */
export const enVisaLetters = {
  visaLetters: {
    button: 'Visa letter',
    title: 'Visa invitation letter',
    intro:
      'Enter the guest’s passport data exactly as printed. The letter is printed in the guest’s language ({{language}}) and in English.',
    onlyOwner: 'Only the event’s owner and admins can see passport data.',
    retention:
      'The passport data is deleted on {{date}}, after the event (the retention rule). Only the event’s owner and admins see it.',
    earliestExpiry:
      'Consulates ask for a passport valid until at least {{date}} (6 months after the visit).',
    fullName: 'Full name (as in passport)',
    nationality: 'Nationality',
    passportNumber: 'Passport number',
    dateOfBirth: 'Date of birth',
    issueDate: 'Date of issue',
    expiryDate: 'Date of expiry',
    gender: 'Sex (as in passport)',
    genders: { F: 'Female', M: 'Male', X: 'Unspecified (X)' },
    save: 'Save passport data',
    saved: 'Passport data saved',
    openPdf: 'Open letter (PDF)',
    remove: 'Delete passport data',
    confirmRemove: 'Delete this guest’s passport data now?',
    removed: 'Passport data deleted',
  },
};
