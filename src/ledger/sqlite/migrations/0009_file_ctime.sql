-- The rerun fast path (files/scan.ts) trusts a file's record only while its size, mtime, inode
-- and change time (ctime) are as recorded. ctime is set by the system at every write, rename or
-- attribute change and cannot be set back by a program (utimes sets mtime), so new content
-- written under a restored mtime is read again, as git's index and rsync do. NULL for records
-- written before: such a file is read once more, then recorded with it.
ALTER TABLE files ADD COLUMN ctime_ms REAL;
