// Preloaded (`--import`) into server processes the tests start: when the test process that
// started them goes away (its IPC channel closes), the server stops as on Ctrl-C, so no test run
// leaves a server behind. Does nothing for a server started any other way.
if (process.channel) {
  process.channel.unref();
  process.once('disconnect', () => process.kill(process.pid, 'SIGTERM'));
}
