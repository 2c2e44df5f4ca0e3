// Reads a Server-Sent Events response as a browser's EventSource would: id, event name and data per message.
export type SseMessage = { id?: string; event: string; data: string };

export function sseReader(response: Response) {
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  const messages: SseMessage[] = [];
  let buffer = "";
  let ended = false;

  async function pull(): Promise<boolean> {
    const { value, done } = await reader.read();
    if (done) {
      ended = true;
      return false;
    }
    buffer += decoder.decode(value, { stream: true });
    let cut: number;
    while ((cut = buffer.indexOf("\n\n")) !== -1) {
      const block = buffer.slice(0, cut);
      buffer = buffer.slice(cut + 2);
      const message: SseMessage = { event: "message", data: "" };
      let fields = 0;
      for (const line of block.split("\n")) {
        const [name, ...rest] = line.split(": ");
        const value = rest.join(": ");
        if (name === "id") message.id = value;
        else if (name === "event") message.event = value;
        else if (name === "data") message.data = value;
        else continue;
        fields++;
      }
      if (fields > 0 && message.data) messages.push(message);
    }
    return true;
  }

  return {
    messages,
    /** Reads until a message passes `match`; fails if the stream ends first. */
    async until(match: (message: SseMessage) => boolean): Promise<SseMessage> {
      for (;;) {
        const found = messages.find(match);
        if (found) return found;
        if (!(await pull())) throw new Error(`The stream ended first; it sent: ${JSON.stringify(messages)}`);
      }
    },
    /** Reads until the server closes the stream. */
    async untilEnd(): Promise<void> {
      while (await pull());
    },
    get ended() {
      return ended;
    },
    close: () => reader.cancel().catch(() => {}),
  };
}

export const events = (messages: SseMessage[]) => messages.filter((message) => message.event === "message").map((message) => JSON.parse(message.data));
