"""One widget per step of the window. Views render state and emit requests; they never read files or send mail."""
