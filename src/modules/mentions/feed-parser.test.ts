import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NotAFeed, parseFeed } from './feed-parser.ts';

const fixture = (name: string) => readFileSync(`test/fixtures/feeds/${name}`, 'utf8');

describe('parseFeed', () => {
  it('reads RSS 2.0: items with guid, link, text without markup and the date as an instant', () => {
    const feed = parseFeed(fixture('rss2.xml'));
    expect(feed).toMatchObject({ format: 'rss', title: 'Notícias de Maputo', language: 'pt-MZ' });
    expect(feed.items).toHaveLength(3);
    expect(feed.items[0]).toEqual({
      key: 'https://news.example.mz/?p=101',
      title: 'Haier cria 300 empregos locais na nova fábrica da Matola',
      link: 'https://news.example.mz/2026/11/haier-fabrica',
      summary: 'A Haier inaugurou a fábrica com sucesso.',
      published: '2026-11-02T06:30:00.000Z',
    });
  });

  it('reads Atom: the alternate link, id as key, published or updated', () => {
    const feed = parseFeed(fixture('atom.xml'));
    expect(feed).toMatchObject({ format: 'atom', title: 'Новости Алматы' });
    expect(feed.items.map((i) => [i.key.slice(-1), i.link, i.published])).toEqual([
      ['a', 'https://almaty.example.kz/haier-service', '2026-11-20T09:00:00.000Z'],
      ['b', 'https://almaty.example.kz/weather', '2026-11-21T09:00:00.000Z'],
    ]);
    expect(feed.items[0]!.summary).toContain('海尔');
  });

  it.each([
    ['malformed.xml', /not well-formed XML/],
    ['not-a-feed.html', /root element <html>/],
  ])('refuses %s as not RSS/Atom', (name, why) => {
    expect(() => parseFeed(fixture(name))).toThrow(NotAFeed);
    expect(() => parseFeed(fixture(name))).toThrow(why);
  });

  it.each([
    ['', /not well-formed/],
    ['plain text', /not well-formed/],
    ['<!DOCTYPE x [<!ENTITY a "aaaa">]><rss><channel><title>&a;</title></channel></rss>', /DTD/],
  ])('refuses %j', (xml, why) => expect(() => parseFeed(xml)).toThrow(why));
});
