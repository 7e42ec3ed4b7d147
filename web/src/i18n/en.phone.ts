/** English for the phone layout: the menu drawer, the filter sheet, the customer page's glance. */
export const enPhone = {
  phone: {
    menu: 'Menu',
    filters: 'Filters',
    showResults: 'Show customers',
    loadMore: 'Load more',
    logTouch: 'Log a touch',
    nextWindow: 'Next window to call',
    nextWindowAt: '{{day}} {{them}} their time · {{us}} yours',
    nowOpen: 'Open now',
    noWindow: 'No overlap with your office hours in the next days — write instead.',
  },
};
