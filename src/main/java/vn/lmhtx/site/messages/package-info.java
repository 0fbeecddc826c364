/**
 * The catalogue of editor-facing messages: one {@link vn.lmhtx.site.messages.Message} key per message, its text in
 * {@code Messages.properties} (Vietnamese, the default) and {@code Messages_en.properties} (English, for maintainers),
 * and the {@link vn.lmhtx.site.messages.Language} that picks one. Every stage may use it; it uses nothing of ours.
 */
package vn.lmhtx.site.messages;
