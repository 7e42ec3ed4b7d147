export const enDuplicates = {
  duplicates: {
    title: 'Duplicates',
    hint: 'Customers in your scope that look like one company, surest first: the same website or email, then the same phone, then a similar company name in the same country (legal form and spelling ignored). A similar name alone is not shown when the two have different websites — those are branches or namesakes. Merging keeps the left customer, fills its empty fields from the right one and moves contacts, activities and follow-ups; a merge can be undone.',
    none: 'No duplicates found.',
    total_one: '{{count}} pair',
    total_other: '{{count}} pairs',
    evidence: {
      domain: 'Same website domain {{value}}',
      email: 'Same email {{value}}',
      phone: 'Same phone {{value}}',
      name: 'Similar name: {{a}} / {{b}}',
      nameSame: 'Same name: {{value}}',
      differs: '{{a}} / {{b}}',
    },
    strength: { strong: 'Likely', medium: 'Possible', weak: 'Name only' },
    keepLeft: 'Keep left, merge right into it',
    keepRight: 'Keep right, merge left into it',
    merged: 'Merged.',
    undo: 'Undo',
    undone: 'Merge undone.',
    dismiss: 'Not a duplicate',
    dismissConfirm:
      'Mark these two as different companies? They will not be suggested again unless one of them changes its website, emails, phones or name.',
    dismissed: 'Marked as not a duplicate.',
  },
};
