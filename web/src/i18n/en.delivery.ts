/** English: campaign delivery settings (approval threshold, suppression list). */
export const enDelivery = {
  delivery: {
    nav: 'Campaign delivery',
    title: 'Campaign delivery',
    threshold: {
      title: 'Approval threshold',
      hint: 'A campaign to more recipients than this waits until another manager or an admin approves it.',
      label: 'Approval threshold',
      unit: 'recipients',
      saved: 'Approval threshold saved',
      adminsOnly: 'Only admins can change the threshold.',
    },
    suppression: {
      title: 'Bounced addresses',
      hint: 'Addresses a receiving server refused for good (a hard bounce). No campaign mails them again until they are removed here.',
      search: 'Search by address',
      empty: 'No bounced addresses. Hard bounces of campaign mail appear here.',
      noMatch: 'No bounced address matches the search.',
      bouncedAt: 'Bounced {{time}}',
      campaign: 'Campaign',
      remove: 'Remove',
      confirm: 'Mail {{address}} again in campaigns? Only do this once the address works again.',
      removed: '{{address}} can be mailed again',
      removeFailed: 'Could not remove the address',
      previous: 'Previous',
      next: 'Next',
    },
  },
};
