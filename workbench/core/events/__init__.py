"""Events: webinars, workshops, Q&A, live streams, chats, meetups and polls, their
recurrence, clashes, iCalendar files, promotion plans and reminders (Qt-free)."""
