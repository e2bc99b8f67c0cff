// The official 评分标准 as imported, unchanged, with the parts the reader left unread highlighted.
import { Typography } from 'antd';

import { t } from '../../i18n';

/** Splits `text` around the unread parts (first occurrence of each, in order of position). */
function pieces(text: string, unread: string[]): Array<{ text: string; unread: boolean }> {
  const marks = unread
    .map((part) => ({ at: text.indexOf(part), part }))
    .filter((mark) => mark.at >= 0 && mark.part !== '')
    .sort((a, b) => a.at - b.at);
  const out: Array<{ text: string; unread: boolean }> = [];
  let position = 0;
  for (const { at, part } of marks) {
    if (at < position) continue;
    if (at > position) out.push({ text: text.slice(position, at), unread: false });
    out.push({ text: part, unread: true });
    position = at + part.length;
  }
  if (position < text.length) out.push({ text: text.slice(position), unread: false });
  return out;
}

const Unread = ({ text }: { text: string }) => (
  <mark data-testid="unread-text" style={{ background: '#ffe58f', padding: '0 2px' }}>
    {text}
  </mark>
);

/** The text with unread parts marked; parts the reader normalised (and so not found verbatim) are listed after it. */
export function OfficialText({ text, unread, testId }: { text: string; unread: string[]; testId?: string }) {
  const elsewhere = unread.filter((part) => part !== '' && !text.includes(part));
  return (
    <Typography.Text data-testid={testId} style={{ whiteSpace: 'pre-wrap' }}>
      {pieces(text, unread).map((piece, index) =>
        piece.unread ? <Unread key={index} text={piece.text} /> : <span key={index}>{piece.text}</span>,
      )}
      {elsewhere.length > 0 && (
        <>
          <br />
          {t('未识别：')}
          {elsewhere.map((part) => (
            <Unread key={part} text={part} />
          ))}
        </>
      )}
    </Typography.Text>
  );
}
