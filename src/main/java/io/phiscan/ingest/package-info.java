/**
 * Reading exports: finding them ({@link io.phiscan.ingest.ExportLocator}), telling each
 * platform and layout from content ({@link io.phiscan.ingest.ArchiveReaders}, one package-private
 * reader per format behind {@link io.phiscan.ingest.ArchiveReader}) and streaming their records
 * as {@link io.phiscan.ingest.IngestRecord}s. Depends on {@code model} only (and on Jackson,
 * jsoup, commons-csv and commons-compress); never on Spring or Lucene.
 *
 * <h2>Inputs</h2>
 * An input is an export zip, an export folder, or a folder holding several at any depth. Zips are
 * untrusted: read in place, never extracted; an entry whose name leaves the root (zip-slip) is
 * refused and reported as a skipped record; the entry count, each entry's expansion (size and
 * ratio) and the expansion of all entries together are bounded ({@link io.phiscan.ingest.ZipLimits}),
 * and so are the entries listed at once by the zips of a process, by its heap ({@code ListingBudget}):
 * a zip is listed while it is read, let go when another needs the room, and listed again when it
 * is next read (a zip waits for the room six hours at most, {@code -Dphiscan.zips.wait-minutes=N}). Entry names are decoded from their bytes ({@code ZipListing}): one falsely marked as UTF-8 is
 * read with U+FFFD for its bad bytes, and costs no other entry. An entry whose Unix mode is a
 * symbolic link is not read (it holds the path it leads to) and is reported as a skipped record.
 * A zip that is not an export is searched: its folders (three deep), and the zips inside it,
 * each copied to an owner-only temporary file and opened with the same limits; a zip inside
 * that is refused with a reason. A zip whose end is missing (an interrupted download) is read up
 * to the damage, from its entries' own headers ({@code ZipSalvage}); the cut is
 * reported as a skipped record (one in the central directory says no entry is cut), and so is each
 * entry before it that is not read (encrypted, of a method not read, past a limit, or whose name
 * clashes with a file read before it), the entries after it being read; a stored entry whose size
 * follows its data is read to its data descriptor, and a name listed twice keeps its earlier copy
 * when the later one cannot be read. An entry of a whole zip whose data does not decompress or fails
 * its CRC-32 check ({@code DamagedZipEntryException}) is reported as a skipped record and the rest of
 * the export is read, the records of a file before its damage included. In a folder, named pipes, sockets, devices and symbolic links are
 * never opened nor followed, and a folder named like a data file ({@code messages.json/}) is not
 * one: each is reported as a skipped record ({@code OddFiles}). A zip with nothing readable, or an export of a known platform
 * that cannot be read at all (a Mastodon outbox that is not a collection), is listed
 * with what was seen (exit code 2 when named on the command line). An export whose owner file is missing or damaged is read with the owner told
 * another way (an X archive's one-to-one conversations, {@code TwitterConversationOwner}; a Mastodon
 * outbox's actor; the person in every Meta thread; …) or, when nothing tells it, with an unknown
 * owner ({@code ExportFiles.unknownOwner}): its own posts as the owner's, every message inbound.
 * An owner's account longer than the workspace keeps is cut, with a hash of the whole
 * ({@code ExportFiles.fittedAccount}), and noted.
 *
 * <h2>Bad records</h2>
 * A record that cannot be read becomes an {@link io.phiscan.ingest.IngestRecord.Bad} naming the
 * file and the position (CSV: record number and line; JSON arrays: element and line; Mastodon
 * outbox: item, line and byte) and reading goes on. Text is decoded as strict UTF-8: in CSV files
 * a record holding bytes that are not UTF-8 is skipped as a whole and the records around it are
 * read; in JSON the element or item holding them is skipped. A broken CSV quote skips its record
 * and reading resumes on the next line. A CSV file's lines end as its first line does: in a file
 * of LF or CRLF lines, a carriage return alone is the text of its field (quoted or not) and no
 * line; in a file of carriage-return lines (old Macs), it ends the line. A JSON file cut in the
 * middle keeps every element before the cut. Every message's time goes through one check ({@link io.phiscan.ingest.PlausibleTime}):
 * epoch numbers are whole numbers in any JSON form ({@code 1.7E12} too), and a time before
 * 2000-01-01 or more than two days after it is read (seconds read as milliseconds, {@code -1},
 * the year 292278994) is no time: its record is bad, the reason naming the field and the value.
 *
 * <h2>X / Twitter "Your archive" (2018 on)</h2>
 * {@code data/*.js} files, each {@code window.YTD.<name>.partN = [ … ]}, listed by
 * {@code data/manifest.js} when there is one. A tweet's {@code created_at} is {@code Wed Oct 10
 * 20:19:24 +0000 2018}: its day name only repeats the date and is not read (a day name that is not
 * the date's leaves the date); a {@code created_at} in a form X does not write but other exports
 * do ({@code 2018-10-10T20:19:24.000Z}, as tools that rewrite archives leave it) is read as
 * {@code ExportDates} reads those forms. Direct messages' {@code createdAt} is ISO-8601.
 *
 * <h2>X / Twitter, Grailbird generation (about 2012–2018)</h2>
 * Monthly files {@code data/js/tweets/YYYY_MM.js} (any {@code .js} file there that assigns a month,
 * whatever its name): {@code Grailbird.data.tweets_YYYY_MM =}, the array often on the next line, tweets with {@code id_str}, {@code text} (HTML entities decoded
 * once), {@code created_at} ({@code yyyy-MM-dd HH:mm:ss Z}), {@code entities.user_mentions},
 * {@code in_reply_to_*}. {@code tweets.csv} holds the same tweets in one of two column orders
 * (2012–13: {@code …retweeted_status_id, retweeted_status_user_id, timestamp, source, text,
 * expanded_urls}; later: {@code …timestamp, source, text, retweeted_status_id,
 * retweeted_status_user_id, retweeted_status_timestamp, expanded_urls}), read by header name,
 * only when there are no monthly files. Owner: {@code data/js/user_details.js}. The tweet count
 * {@code data/js/payload_details.js} declares is compared with the tweets present. No direct
 * messages exist in this generation.
 *
 * <h2>LinkedIn</h2>
 * A zip of CSV files at its root. {@code messages.csv} (header names vary: 9 columns until 2023,
 * then {@code RECIPIENT PROFILE URLS}, then {@code ATTACHMENTS} and draft flags; from 2026 every
 * field quoted): {@code DATE} is {@code yyyy-MM-dd HH:mm:ss UTC}; {@code TO} joins names with
 * ", " and URLs with ","; drafts are skipped with a reason; HTML content (sponsored messages) is
 * turned into text. {@code Invitations.csv}: the note of an invitation is a direct message
 * ({@code Sent At} {@code M/d/yy, h:mm a}, no zone). {@code Comments.csv} escapes quotes as
 * {@code \"} (and a backslash as two; any other backslash is the text's, {@code \t} not a tab:
 * {@code BackslashEscapes}); {@code messages.csv} and {@code Shares.csv} double them and may start with a BOM; both give times without a
 * zone (read as UTC, marked local). {@code Connections.csv} starts with a {@code Notes:}
 * preamble; it gives profile URLs by name. {@code guide_messages.csv} and the other LinkedIn
 * Learning chat files are not member messages and are not read. Owner: see
 * {@code LinkedInOwner}.
 *
 * <h2>Mastodon</h2>
 * {@code outbox.json}: an {@code OrderedCollection} of the owner's activities, one line of JSON,
 * possibly with two {@code orderedItems} keys and two {@code @context} keys (every item of every
 * array is read, an item id once, another item of the same id being a bad record; a collection with no
 * such array is one bad record; an item with a bracket left open, or a closing bracket too many,
 * is one bad record, and the items after it are read, a string item right after it too; bytes
 * after the collection's end with no item in them are one bad record). {@code Create} activities are messages: HTML {@code content}
 * turned into text, the content warning ({@code summary}), poll options and attachment
 * descriptions kept; visibility from {@code to}/{@code cc} (public, unlisted, followers, direct);
 * {@code Mention} tags and addressed accounts are the recipients. {@code Announce} (boosts) carry
 * no text of the owner's; an item that is not an object, or an activity of another type, is a bad
 * record. {@code actor.json} names the owner (when it is missing or cannot be read, the actor the
 * outbox's activities name, and it is listed). The archive holds only the owner's
 * posts.
 *
 * <h2>Reddit</h2>
 * Flat CSV files, split as {@code name_1.csv}, {@code name_2.csv}: {@code messages.csv} or
 * {@code messages_archive.csv} ({@code id, permalink, thread_id, date, ip, from, to, subject,
 * body}; dates {@code yyyy-MM-dd HH:mm:ss UTC}), {@code chat_history.csv}, {@code comments.csv},
 * {@code posts.csv}; the {@code *_headers.csv} copies have no text and are not read. Owner:
 * {@code statistics.csv}'s {@code account name}, else the one user in every private message, else
 * the name of an {@code export_<username>_<yyyymmdd>} zip.
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
 * its index among identical messages at the same millisecond. A thread whose members before
 * {@code messages} do not parse is one bad record and its messages are still read, with those
 * members read again with their bytes that are not UTF-8 replaced, or without its participants; one
 * whose top level breaks before {@code messages} (a quote too many, a bracket lost) is read again
 * from the line {@code   "messages": [}, without its participants. Posts are
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
 * none of these blocks is one bad record; a message without its sender, its date or (2017) its
 * {@code <p>} is one bad record at its block. A file that ends before its {@code </html>} was
 * cut: the message the cut falls in is read as far as it goes and listed as cut (or, when its
 * sender or date is cut, only listed); a cut between messages is one bad record at the last line.
 * Pages are decoded in the character set their byte-order mark or {@code <meta>} declares
 * ({@code MetaHtmlCharset}), else UTF-8: a block holding bytes that are not valid in it is one
 * bad record, and such bytes outside any block (a name in a 2017 thread's heading) are listed at
 * their line. Pages are streamed with jsoup's {@code StreamParser}.
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
 * comment the first text, the media owner the next; an entry that is not {@code {value, timestamp}}
 * makes the comment a bad record). The owner is in
 * {@code personal_information/personal_information.json}. The HTML variant has the 2022–23 blocks.
 * Until late 2020 the download had one {@code messages.json} at the root instead: an array of
 * {@code {participants:[user names], conversation:[{sender, created_at (ISO), text?, media?,
 * media_share_url?, heart?, …}]}}, with {@code profile.json} ({@code username}) and
 * {@code comments.json} ({@code media_comments:[[time, text, media owner]]}).
 *
 * <h2>What Meta formats share</h2>
 * Every JSON string is repaired of Meta's mojibake ({@code MetaText}); HTML is not. People are
 * display names only; the owner is found as {@code MetaOwnerRule} says. System lines
 * ("X sent an attachment.", reactions, calls, joins) and unsent messages are no text; a message
 * with only an attachment is kept with empty text. Two people in a thread is a direct message,
 * more a group. Facebook is told from Instagram by the files only Instagram writes.
 */
package io.phiscan.ingest;
