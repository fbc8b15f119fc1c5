/**
 * Reads the platforms' data exports, zip or folder, as streams of {@link io.phiscan.ingest.IngestRecord}s:
 * one package-private reader per format behind {@link io.phiscan.ingest.ArchiveReader}, listed in
 * {@link io.phiscan.ingest.ArchiveReaders#all()}, each recognizing its format by content. Depends
 * on {@code model} only (and on Jackson and jsoup); never on Spring or Lucene.
 *
 * <h2>Facebook "Download Your Information" (JSON)</h2>
 * Threads are {@code messages/<section>/<slug>_<id>/message_N.json} under one of the roots
 * {@code messages/} (2018 – early 2024), {@code your_activity_across_facebook/messages/} (2024) or
 * {@code your_facebook_activity/messages/} (2025+), in the sections {@code inbox},
 * {@code archived_threads}, {@code filtered_threads}, {@code message_requests} and
 * {@code e2ee_cutover}. A file is {@code {participants:[{name}], messages:[…], title,
 * thread_type, thread_path, …}}, its messages newest first, {@code message_1.json} the newest; a
 * file may start with a UTF-8 byte-order mark. A message is {@code {sender_name, timestamp_ms,
 * content?, type?, photos|videos|audio_files|gifs|files[{uri}], sticker{uri}, share{link},
 * reactions, is_unsent?, call_duration?, users?}}. The conversation is the thread's folder
 * ({@code inbox/<slug>_<id>}, with its case), shared by all its parts. Meta has no message ids: a
 * message's id is made from the folder, {@code timestamp_ms}, the sender, a hash of the content and
 * its index among identical messages at the same millisecond. Posts are
 * {@code posts/your_posts*.json} (a top-level array of {@code {timestamp, data[{post}],
 * attachments, tags, title}}); comments are {@code comments.json} ({@code {comments_v2|comments:
 * [{timestamp, data[{comment{comment, author}}], title}]}}); both in epoch seconds, public, by the
 * owner, the person answered named only in the English {@code title}. Files next to the threads
 * ({@code autofill_information.json}, {@code secret_conversations.json}, …) are not read.
 *
 * <h2>Facebook in HTML</h2>
 * 2017: {@code html/messages.htm} with every {@code div.thread} (own text: participants;
 * {@code div.message > div.message_header > span.user, span.meta}, the text in the following
 * {@code <p>}; dates with a zone: "Friday, October 4, 2013 at 10:05pm PDT"), or that page as an
 * index of {@code messages/<n>.html}. Then {@code message_N.html} in the JSON folders with blocks
 * {@code div.pam._2lej} (2018–22: {@code ._2lel} sender, {@code ._2let} text, {@code ._2lem}
 * date), {@code div._a6-g} (2022–23: {@code ._a6-h}, {@code ._a6-p}, {@code ._a6-o}) and
 * {@code section._a6-g} (2024+: {@code h2._a6-h}, {@code div._a6-p}, {@code footer > div._a72d}).
 * Their dates are localized and carry no zone: read as UTC, marked {@code localTime}. A file with
 * none of these blocks is one bad record. Pages are streamed with jsoup's {@code StreamParser}.
 *
 * <h2>Messenger secure storage (end-to-end encrypted, 2024+)</h2>
 * A separate download: flat {@code <Name>_<N>.json} files, {@code {participants:["A","B"],
 * threadName, messages:[{senderName, timestamp (ms), text, type, media[{uri}], reactions,
 * isUnsent}]}}, and a {@code media/} folder.
 *
 * <h2>Instagram</h2>
 * DMs have Messenger's schema under {@code messages/inbox/} (2020–23) or
 * {@code your_instagram_activity/messages/inbox/} (2024+); a one-to-one thread's folder is
 * {@code <user name>_<id>}. Comments are {@code comments/post_comments_N.json} (a top-level array)
 * or the older {@code {"comments_media_comments": […]}} (and {@code reels_comments.json}), items
 * {@code {media_list_data, string_map_data:{Comment, Media Owner, Time}}} whose keys are in the
 * export's language: read by structure (the time is the entry with a {@code timestamp}, the
 * comment the first text, the media owner the next). The owner is in
 * {@code personal_information/personal_information.json}. The HTML variant has the 2022–23 blocks.
 *
 * <h2>What Meta formats share</h2>
 * Every JSON string is repaired of Meta's mojibake ({@code MetaText}); HTML is not. People are
 * display names only; the owner is found as {@code MetaOwnerRule} says. System lines
 * ("X sent an attachment.", reactions, calls, joins) and unsent messages are no text; a message
 * with only an attachment is kept with empty text. Two people in a thread is a direct message,
 * more a group. Facebook is told from Instagram by the files only Instagram writes.
 */
package io.phiscan.ingest;
