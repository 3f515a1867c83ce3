// The TipTap rich-text editor the app writes long text in (a report section, a press release's
// body): the formatting the stored format allows (bold, italic, underline, lists, subheadings,
// http(s)/mailto links), undo/redo, and the editing area that looks like an input. Whoever uses it
// reads the text with `editor.getJSON()` when they save.
import { ActionIcon, Button, Group, Stack, TextInput, Tooltip } from '@mantine/core';
import { type Editor, EditorContent, useEditor, useEditorState } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LinkIcon } from '../../app/ui/icons.tsx';
import { asRichDoc } from './richText.ts';
import './SectionEditor.css';

const SAFE_HREF = /^(https?:\/\/|mailto:)/i;

function ToolButton(props: {
  label: string;
  active?: boolean;
  disabled?: boolean;
  onClick(): void;
  children: ReactNode;
}) {
  return (
    <Tooltip label={props.label} withArrow openDelay={400}>
      <ActionIcon
        variant={props.active ? 'filled' : 'default'}
        size="md"
        aria-label={props.label}
        aria-pressed={props.active}
        disabled={props.disabled}
        onMouseDown={(e) => e.preventDefault()}
        onClick={props.onClick}
      >
        {props.children}
      </ActionIcon>
    </Tooltip>
  );
}

/** An editor on `body` (TipTap JSON), named `label` for screen readers. */
export function useRichTextEditor(body: unknown, label: string): Editor {
  return useEditor({
    extensions: [
      StarterKit.configure({
        heading: { levels: [3, 4] },
        blockquote: false,
        code: false,
        codeBlock: false,
        horizontalRule: false,
        strike: false,
        link: {
          openOnClick: false,
          protocols: ['http', 'https', 'mailto'],
          isAllowedUri: (url) => SAFE_HREF.test(url),
        },
      }),
    ],
    content: asRichDoc(body),
    editorProps: {
      attributes: {
        class: 'section-editor-content',
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-label': label,
      },
    },
  });
}

/** The toolbar, the link form when it is open, and the editing area. */
export function RichTextEditor(props: { editor: Editor }) {
  const { t } = useTranslation();
  const { editor } = props;
  const [linkOpen, setLinkOpen] = useState(false);
  const [href, setHref] = useState('');
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e?.isActive('bold') ?? false,
      italic: e?.isActive('italic') ?? false,
      underline: e?.isActive('underline') ?? false,
      bulletList: e?.isActive('bulletList') ?? false,
      orderedList: e?.isActive('orderedList') ?? false,
      heading: e?.isActive('heading', { level: 3 }) ?? false,
      link: e?.isActive('link') ?? false,
      canUndo: e?.can().undo() ?? false,
      canRedo: e?.can().redo() ?? false,
    }),
  });

  function applyLink() {
    const url = href.trim();
    const chain = editor.chain().focus().extendMarkRange('link');
    if (url === '') chain.unsetLink().run();
    else if (SAFE_HREF.test(url)) chain.setLink({ href: url }).run();
    else return;
    setLinkOpen(false);
    setHref('');
  }

  const c = () => editor.chain().focus();
  const linkValid = href.trim() === '' || SAFE_HREF.test(href.trim());
  return (
    <Stack gap="xs">
      <Group gap={4} wrap="wrap" role="toolbar" aria-label={t('reports.toolbar')}>
        <ToolButton
          label={t('reports.tools.bold')}
          active={state?.bold}
          onClick={() => c().toggleBold().run()}
        >
          <strong>B</strong>
        </ToolButton>
        <ToolButton
          label={t('reports.tools.italic')}
          active={state?.italic}
          onClick={() => c().toggleItalic().run()}
        >
          <em style={{ fontFamily: 'serif' }}>I</em>
        </ToolButton>
        <ToolButton
          label={t('reports.tools.underline')}
          active={state?.underline}
          onClick={() => c().toggleUnderline().run()}
        >
          <u>U</u>
        </ToolButton>
        <ToolButton
          label={t('reports.tools.heading')}
          active={state?.heading}
          onClick={() => c().toggleHeading({ level: 3 }).run()}
        >
          H
        </ToolButton>
        <ToolButton
          label={t('reports.tools.bulletList')}
          active={state?.bulletList}
          onClick={() => c().toggleBulletList().run()}
        >
          •
        </ToolButton>
        <ToolButton
          label={t('reports.tools.orderedList')}
          active={state?.orderedList}
          onClick={() => c().toggleOrderedList().run()}
        >
          1.
        </ToolButton>
        <ToolButton
          label={t('reports.tools.link')}
          active={state?.link}
          onClick={() => {
            setHref((editor.getAttributes('link').href as string | undefined) ?? '');
            setLinkOpen(!linkOpen);
          }}
        >
          <LinkIcon width={16} height={16} />
        </ToolButton>
        <ToolButton
          label={t('reports.tools.undo')}
          disabled={!state?.canUndo}
          onClick={() => c().undo().run()}
        >
          ↶
        </ToolButton>
        <ToolButton
          label={t('reports.tools.redo')}
          disabled={!state?.canRedo}
          onClick={() => c().redo().run()}
        >
          ↷
        </ToolButton>
      </Group>
      {linkOpen && (
        <Group gap="xs" align="flex-end" wrap="wrap">
          <TextInput
            label={t('reports.linkAddress')}
            placeholder="https://"
            value={href}
            onChange={(e) => setHref(e.currentTarget.value)}
            error={linkValid ? undefined : t('reports.linkInvalid')}
            style={{ flex: '1 1 220px' }}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                applyLink();
              }
            }}
          />
          <Button size="sm" variant="default" onClick={applyLink} disabled={!linkValid}>
            {t('reports.linkApply')}
          </Button>
        </Group>
      )}
      <EditorContent editor={editor} />
    </Stack>
  );
}
