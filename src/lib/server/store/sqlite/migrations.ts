/**
 * Forward-only schema migrations. The database's `user_version` is the number
 * of migrations applied; on open, the missing ones run in one transaction each.
 * Never edit a migration that has shipped: add a new one.
 */
export const migrations: string[] = [
	// 1: articles, their events, and each event's countries for filtering.
	`
	CREATE TABLE articles (
		id TEXT PRIMARY KEY,
		url TEXT UNIQUE,
		title TEXT NOT NULL,
		source TEXT,
		published TEXT NOT NULL,
		text TEXT NOT NULL,
		content_hash TEXT NOT NULL,
		-- the extractor's date and place mentions, JSON arrays, for highlighting
		dates TEXT NOT NULL,
		places TEXT NOT NULL,
		extractor_version TEXT NOT NULL,
		ingested_at TEXT NOT NULL
	);
	CREATE TABLE events (
		-- a small integer for the compact index; the stable id is what links use
		seq INTEGER PRIMARY KEY,
		id TEXT NOT NULL UNIQUE,
		article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
		value TEXT NOT NULL,
		granularity TEXT NOT NULL,
		first_day INTEGER NOT NULL,
		last_day INTEGER NOT NULL,
		countries TEXT NOT NULL,
		start INTEGER NOT NULL,
		end INTEGER NOT NULL,
		summary TEXT NOT NULL,
		confidence REAL NOT NULL
	);
	CREATE INDEX events_by_article ON events(article_id);
	CREATE INDEX events_by_day ON events(first_day, last_day);
	CREATE TABLE event_countries (
		event_seq INTEGER NOT NULL REFERENCES events(seq) ON DELETE CASCADE,
		country TEXT NOT NULL,
		rank INTEGER NOT NULL,
		PRIMARY KEY (country, event_seq)
	) WITHOUT ROWID;
	CREATE INDEX event_countries_by_event ON event_countries(event_seq);
	CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
	INSERT INTO meta (key, value) VALUES ('dataset_version', '0');
	`,
	// 2: readers' corrections, kept per article and applied after every extraction.
	`
	ALTER TABLE events ADD COLUMN human INTEGER NOT NULL DEFAULT 0;
	CREATE TABLE corrections (
		article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
		-- a JSON array of Correction (src/lib/domain/corrections.ts)
		body TEXT NOT NULL
	);
	`,
	// 3: the event index is read from an index that covers it, in its order, instead of the wide table.
	`
	DROP INDEX events_by_day;
	CREATE INDEX events_by_days ON events(first_day, last_day, countries);
	`,
	// 4: events' ids stay unique through a named index instead of a UNIQUE column, which SQLite
	// cannot drop: a bulk load into an empty database drops it and builds it once at the end
	// (see indexes.ts). SQLite changes a constraint only by copying the table; the copy keeps
	// every row and its seq. Runs with foreign keys off (see `migrate`), so dropping the old
	// table does not cascade to event_countries, which then refers to the copy by name.
	`
	CREATE TABLE events_copy (
		seq INTEGER PRIMARY KEY,
		id TEXT NOT NULL,
		article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
		value TEXT NOT NULL,
		granularity TEXT NOT NULL,
		first_day INTEGER NOT NULL,
		last_day INTEGER NOT NULL,
		countries TEXT NOT NULL,
		start INTEGER NOT NULL,
		end INTEGER NOT NULL,
		summary TEXT NOT NULL,
		confidence REAL NOT NULL,
		human INTEGER NOT NULL DEFAULT 0
	);
	INSERT INTO events_copy (seq, id, article_id, value, granularity, first_day, last_day, countries, start, end, summary, confidence, human)
		SELECT seq, id, article_id, value, granularity, first_day, last_day, countries, start, end, summary, confidence, human FROM events;
	DROP TABLE events;
	ALTER TABLE events_copy RENAME TO events;
	CREATE UNIQUE INDEX events_by_id ON events(id);
	CREATE INDEX events_by_article ON events(article_id);
	CREATE INDEX events_by_days ON events(first_day, last_day, countries);
	`,
	// 5: stories (src/lib/stories/): one happening, many articles. Built from the events as they are written;
	// which story each event is in, the ids of stories merged into another, wire copies, and readers' corrections.
	`
	CREATE TABLE stories (
		-- a small integer for the compact story index; the stable id (st-…) is what links use
		seq INTEGER PRIMARY KEY,
		id TEXT NOT NULL UNIQUE,
		-- the date its mentions agree on, and the days of all of them when some disagree (else null)
		value TEXT NOT NULL,
		granularity TEXT NOT NULL,
		first_day INTEGER NOT NULL,
		last_day INTEGER NOT NULL,
		spread_first INTEGER,
		spread_last INTEGER,
		-- most salient first, joined by commas
		countries TEXT NOT NULL,
		summary TEXT NOT NULL,
		articles INTEGER NOT NULL,
		outlets INTEGER NOT NULL,
		first_article TEXT NOT NULL,
		first_outlet TEXT NOT NULL,
		human INTEGER NOT NULL DEFAULT 0
	);
	CREATE INDEX stories_by_days ON stories(first_day, last_day, countries);
	-- keyed by the event's number: a new event's row goes at the end, and goes with the event
	CREATE TABLE story_mentions (
		event_seq INTEGER PRIMARY KEY REFERENCES events(seq) ON DELETE CASCADE,
		story_seq INTEGER NOT NULL
	);
	CREATE INDEX story_mentions_by_story ON story_mentions(story_seq);
	-- a story merged into another, or whose first event now sits in another: its id still opens the survivor
	CREATE TABLE story_aliases (alias TEXT PRIMARY KEY, story TEXT NOT NULL) WITHOUT ROWID;
	CREATE TABLE article_copies (
		article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
		copy_of TEXT NOT NULL
	) WITHOUT ROWID;
	-- readers' corrections (src/lib/domain/stories.ts StoryCorrection), in the order made; each applies again
	-- when replaying passes the article (by rowid, the ingest order) that was the latest when it was made
	CREATE TABLE story_corrections (
		seq INTEGER PRIMARY KEY,
		body TEXT NOT NULL,
		after_article INTEGER NOT NULL
	);
	INSERT INTO meta (key, value) VALUES ('stories_stale', '1');
	`,
	// 6: the story index follows writes (server/stories/story-index.ts): a story's row says when it was last written,
	// and a story deleted is noted with the same count, so that an index built before reads again only what changed
	// since. The count goes up with every statement that writes faces (stories/faces.ts sets it) and every deletion;
	// a row written without it (by any other statement) is marked by the triggers.
	`
	ALTER TABLE stories ADD COLUMN written INTEGER NOT NULL DEFAULT 0;
	CREATE INDEX stories_by_written ON stories(written);
	CREATE TABLE stories_gone (seq INTEGER NOT NULL, written INTEGER NOT NULL);
	CREATE INDEX stories_gone_by_written ON stories_gone(written);
	CREATE TRIGGER stories_deleted AFTER DELETE ON stories BEGIN
		-- above the deleted row's own count too, which may have been the greatest
		INSERT INTO stories_gone (seq, written)
			VALUES (OLD.seq, max(OLD.written + 1, (SELECT max(w) + 1 FROM (SELECT coalesce(max(written), 0) AS w FROM stories UNION ALL SELECT coalesce(max(written), 0) FROM stories_gone))));
	END;
	CREATE TRIGGER stories_inserted AFTER INSERT ON stories WHEN NEW.written = 0 BEGIN
		UPDATE stories SET written = (SELECT max(w) + 1 FROM (SELECT coalesce(max(written), 0) AS w FROM stories UNION ALL SELECT coalesce(max(written), 0) FROM stories_gone)) WHERE seq = NEW.seq;
	END;
	CREATE TRIGGER stories_updated AFTER UPDATE ON stories WHEN NEW.written = OLD.written BEGIN
		UPDATE stories SET written = (SELECT max(w) + 1 FROM (SELECT coalesce(max(written), 0) AS w FROM stories UNION ALL SELECT coalesce(max(written), 0) FROM stories_gone)) WHERE seq = NEW.seq;
	END;
	`
];
