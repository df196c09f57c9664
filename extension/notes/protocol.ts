// Messages of the notes feature (content script / extension pages -> background, which owns the database).
export interface NotesProtocol {}
