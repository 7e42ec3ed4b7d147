import { createReadStream } from 'node:fs';
import { SaxesParser } from 'saxes';
import { AppError, fieldError } from '../../../http/errors.ts';

export interface XmlHandler {
  /** An element opened; `path` is the names of its open ancestors, outermost first. */
  open?(name: string, attrs: Record<string, string>, path: string[]): void;
  /** An element closed, with its own text (trimmed). */
  close?(name: string, text: string, path: string[]): void;
}

const local = (name: string) => name.slice(name.indexOf(':') + 1);

/**
 * Streams an XML file through saxes, element by element, without holding the document.
 *
 * A list file never declares a DTD, so any `<!DOCTYPE …>` is refused before its body is read:
 * without a DTD no entity can be declared, which shuts out entity-expansion bombs ("billion
 * laughs") and external entities (a reference to an undeclared entity is a well-formedness
 * error). The root element must be the format's.
 */
export async function readXml(path: string, root: string, handler: XmlHandler): Promise<void> {
  const parser = new SaxesParser({ xmlns: false, position: true });
  const stack: string[] = [];
  const texts: string[] = [];
  parser.on('doctype', () => {
    throw AppError.validation([fieldError('/file', 'sanctions_xml_doctype')]);
  });
  parser.on('opentag', (tag) => {
    const name = local(tag.name);
    if (!stack.length && name !== root)
      throw AppError.validation([
        fieldError('/file', 'sanctions_xml_root', { root: name, expected: root }),
      ]);
    const attrs: Record<string, string> = {};
    for (const [k, v] of Object.entries(tag.attributes)) attrs[local(k)] = String(v);
    handler.open?.(name, attrs, stack);
    stack.push(name);
    texts.push('');
  });
  parser.on('text', (t) => {
    if (texts.length) texts[texts.length - 1] += t;
  });
  parser.on('cdata', (t) => {
    if (texts.length) texts[texts.length - 1] += t;
  });
  parser.on('closetag', () => {
    const name = stack.pop()!;
    const text = texts.pop()!.trim();
    handler.close?.(name, text, stack);
  });
  try {
    for await (const chunk of createReadStream(path, { encoding: 'utf8' }))
      parser.write(chunk as string);
    parser.close();
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw AppError.validation([
      fieldError('/file', 'sanctions_xml_malformed', { line: String(parser.line) }),
    ]);
  }
}
