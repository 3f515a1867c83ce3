// A section's rich text drawn as React elements, block by block: the stored JSON is never handed
// to the browser as HTML, and only http(s) and mailto links become links.
import { Anchor, List, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { asRichDoc, type RichBlock, type RichInline } from './richText.ts';

const SAFE_HREF = /^(https?:|mailto:)/i;

function Inline(props: { nodes: RichInline[] | undefined }) {
  return (
    <>
      {(props.nodes ?? []).map((node, i) => {
        // biome-ignore lint/suspicious/noArrayIndexKey: inline runs have no identity besides their place
        if (node.type === 'hardBreak') return <br key={i} />;
        let out: ReactNode = node.text;
        for (const mark of node.marks ?? []) {
          if (mark.type === 'bold') out = <strong>{out}</strong>;
          else if (mark.type === 'italic') out = <em>{out}</em>;
          else if (mark.type === 'underline') out = <u>{out}</u>;
          else if (mark.type === 'link' && mark.attrs?.href && SAFE_HREF.test(mark.attrs.href))
            out = (
              <Anchor href={mark.attrs.href} target="_blank" rel="noopener noreferrer">
                {out}
              </Anchor>
            );
        }
        // biome-ignore lint/suspicious/noArrayIndexKey: inline runs have no identity besides their place
        return <span key={i}>{out}</span>;
      })}
    </>
  );
}

function Block(props: { block: RichBlock }) {
  const { block } = props;
  if (block.type === 'paragraph')
    return (
      <Text size="sm" mb="xs" style={{ overflowWrap: 'anywhere' }}>
        <Inline nodes={block.content} />
      </Text>
    );
  if (block.type === 'heading')
    return (
      <Title order={block.attrs.level} size={block.attrs.level === 3 ? 'h5' : 'h6'} mt="sm" mb={4}>
        <Inline nodes={block.content} />
      </Title>
    );
  return (
    <List type={block.type === 'orderedList' ? 'ordered' : 'unordered'} size="sm" mb="xs" withPadding>
      {block.content.map((item, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: list items have no identity besides their place
        <List.Item key={i}>
          {item.content.map((child, j) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: blocks have no identity besides their place
            <Block key={j} block={child} />
          ))}
        </List.Item>
      ))}
    </List>
  );
}

export function RichText(props: { body: unknown }) {
  return (
    <div>
      {asRichDoc(props.body).content.map((block, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: blocks have no identity besides their place
        <Block key={i} block={block} />
      ))}
    </div>
  );
}
