/** A member's phone: join with a PIN, then score their own sheet (issue 9). */
export function DeviceApp() {
  return <main className="device" />;
}
