import { expect } from '@open-wc/testing';
import { findPersonalDetails, findingsKey, nameParts } from '../../../src/widgets/feedback-box/personal-details.js';
import { fold } from '../../../src/core/people.rules.js';
import { colleagueFinder } from '../../../src/widgets/feedback-box/directory-names.js';

const found = (text: string, names: string[] = []) => findPersonalDetails(text, names).map((f) => `${f.kind}:${f.text}`);

describe('findPersonalDetails', () => {
  it('finds e-mail addresses, including international ones', () => {
    expect(found('Write to ana.lopez+hr@example.co.uk please')).to.deep.equal(['email:ana.lopez+hr@example.co.uk']);
    expect(found('or josé@exämple.de, or ANA@EXAMPLE.COM')).to.deep.equal(['email:josé@exämple.de', 'email:ANA@EXAMPLE.COM']);
    expect(found('the @channel and a@b are not addresses')).to.deep.equal([]);
  });

  it('finds phone numbers of 7 to 15 digits with the usual separators', () => {
    expect(found('call +41 79 123 45 67 today')).to.deep.equal(['phone:+41 79 123 45 67']);
    expect(found('(022) 123-4567')).to.deep.equal(['phone:(022) 123-4567']);
    expect(found('0044 20.7946.0958')).to.deep.equal(['phone:0044 20.7946.0958']);
    expect(found('ext. 5551234')).to.deep.equal(['phone:5551234']);
    expect(found('my desk: 06/12/34/56/78')).to.deep.equal(['phone:06/12/34/56/78']);
  });

  it('does not take dates, years, short numbers or amounts with commas for phone numbers', () => {
    expect(found('Since 2024-06-01 and 01/06/2024 and 1.6.2024')).to.deep.equal([]);
    expect(found('From 2019-2023 and 2019 / 2023')).to.deep.equal([]);
    expect(found('Room 312, 45 people, 1,000,000 euros, version 3.2.1, at 10:30')).to.deep.equal([]);
    expect(found('1234567890123456 is too long for a phone')).to.deep.equal([]);
  });

  it('finds the sender’s own name and its parts, as whole words, ignoring case and accents', () => {
    expect(found('Chloé Dubois here', ['Chloé Dubois'])).to.deep.equal(['name:Chloé Dubois']);
    expect(found('chloe thinks so', ['Chloé Dubois'])).to.deep.equal(['name:Chloé']);
    expect(found('ask DUBOIS', ['Chloé Dubois'])).to.deep.equal(['name:Dubois']);
    expect(found('Søren said so; soren agreed', ['Søren Østergaard'])).to.deep.equal(['name:Søren']);
    expect(found('Mai’s idea and Nguyen too', ['Nguyễn Thị Mai'])).to.deep.equal(['name:Nguyễn', 'name:Mai']);
    // Whole words only, and no part shorter than three letters.
    expect(found('a banana plan', ['Ana Li'])).to.deep.equal([]);
    expect(found('Li said', ['Ana Li'])).to.deep.equal([]);
    expect(found('The Dubois-Martin report', ['Chloé Dubois'])).to.deep.equal(['name:Dubois']);
  });

  it('lists each finding once, e-mail first, and does not read an address as a name or a phone', () => {
    expect(found('chloe.dubois@example.com, chloe.dubois@example.com, 0791234567', ['Chloé Dubois'])).to.deep.equal([
      'email:chloe.dubois@example.com',
      'phone:0791234567',
    ]);
    expect(found('call 2025550123 or (202) 555-0123, Chloé, chloé', ['Chloé Dubois'])).to.deep.equal([
      'phone:2025550123',
      'phone:(202) 555-0123',
      'name:Chloé',
    ]);
  });

  it('finds colleagues named in full, as whole words, ignoring case, accents and line breaks', () => {
    const directory = colleagueFinder(['Dmitri Volkov', 'Ólafur Sigurðsson', 'Chloé Dubois', 'Ana Li']);
    const withColleagues = (text: string, names: string[] = []) => findPersonalDetails(text, names, directory).map((f) => `${f.kind}:${f.text}`);
    expect(withColleagues('Ask dmitri volkov, or OLAFUR\nSIGURDSSON.')).to.deep.equal(['colleague:Dmitri Volkov', 'colleague:Ólafur Sigurðsson']);
    expect(withColleagues('Dmitri alone, or Volkov alone, or banana li')).to.deep.equal([]);
    expect(withColleagues('Dmitri Volkova is someone else')).to.deep.equal([]);
    // The sender's own full name is theirs: said once, as their name.
    expect(withColleagues('Chloé Dubois and Ana Li', ['Chloé Dubois'])).to.deep.equal(['name:Chloé Dubois', 'colleague:Ana Li']);
  });

  it('finds nothing in an ordinary message', () => {
    expect(found('The stand-up takes 45 minutes. Could we keep it to 15?', ['Chloé Dubois'])).to.deep.equal([]);
  });

  it('has helpers that fold text and keep a stable signature', () => {
    expect(fold('ÉLODIE Østergaard Straße')).to.equal('elodie ostergaard strasse');
    expect(nameParts('  Fatima   Zahra El Amrani ')).to.deep.equal(['Fatima Zahra El Amrani', 'Fatima', 'Zahra', 'Amrani']);
    const a = findPersonalDetails('Chloé at a@example.com', ['Chloé Dubois']);
    const b = findPersonalDetails('A@EXAMPLE.COM is chloe', ['Chloé Dubois']);
    expect(findingsKey(a)).to.equal(findingsKey(b));
  });
});
