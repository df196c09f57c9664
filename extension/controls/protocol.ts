// Messages of the reader controls (popup, content scripts, background: badge and claim list).
export interface ControlsProtocol {}
