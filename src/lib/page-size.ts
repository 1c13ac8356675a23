/** Cards a listing page shows, and results a page of search: a few screens on a phone, two dozen cards of a wide grid. */
export const PAGE_SIZE = 24;
