//! SQLite's locking is unreliable on network file systems, so the data dir must be local.

use std::path::Path;

/// File system types that live on another machine.
const NETWORK_FS_TYPES: &[&str] = &[
    "nfs",
    "nfs4",
    "cifs",
    "smb3",
    "smbfs",
    "ncpfs",
    "afs",
    "9p",
    "ceph",
    "glusterfs",
    "fuse.sshfs",
    "fuse.smbnetfs",
    "fuse.rclone",
    "davfs",
    "fuse.davfs2",
];

/// A Windows UNC path (`\\server\share`, `//server/share`, `\\?\UNC\…`), whatever the OS we
/// run on, because such a path is always a network share.
pub(crate) fn unc_kind(path: &Path) -> Option<String> {
    let text = path.to_string_lossy();
    let is_unc = text.starts_with(r"\\?\UNC\")
        || ((text.starts_with(r"\\") || text.starts_with("//"))
            && !text.starts_with(r"\\?\")
            && !text.starts_with(r"\\.\"));
    is_unc.then(|| "UNC share".to_string())
}

/// The file system type of the mount that holds `path`, when it is a network one. Only
/// Linux exposes this cheaply (`/proc/self/mountinfo`); elsewhere we detect UNC paths only.
pub(crate) fn mount_kind(path: &Path) -> Option<String> {
    let mountinfo = std::fs::read_to_string("/proc/self/mountinfo").ok()?;
    network_fs_of(&mountinfo, path)
}

fn network_fs_of(mountinfo: &str, path: &Path) -> Option<String> {
    let fs_type = mountinfo
        .lines()
        .filter_map(parse_mount_line)
        .filter(|(mount_point, _)| path.starts_with(mount_point))
        .max_by_key(|(mount_point, _)| mount_point.len())
        .map(|(_, fs_type)| fs_type)?;
    NETWORK_FS_TYPES.contains(&fs_type.as_str()).then_some(fs_type)
}

/// `36 35 98:0 /mnt1 /mnt/parent rw,noatime master:1 - ext3 /dev/root rw` → (mount point, type).
fn parse_mount_line(line: &str) -> Option<(String, String)> {
    let (before, after) = line.split_once(" - ")?;
    let mount_point = unescape_octal(before.split(' ').nth(4)?);
    let fs_type = after.split(' ').next()?.to_string();
    Some((mount_point, fs_type))
}

/// mountinfo writes space, tab, newline and backslash in paths as `\040` and friends.
fn unescape_octal(raw: &str) -> String {
    let bytes = raw.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let octal = bytes
            .get(i + 1..i + 4)
            .filter(|d| d.iter().all(|b| (b'0'..=b'7').contains(b)));
        match (bytes[i], octal) {
            (b'\\', Some(d)) => {
                out.push((d[0] - b'0') * 64 + (d[1] - b'0') * 8 + (d[2] - b'0'));
                i += 4;
            }
            (b, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    const MOUNTINFO: &str = "\
22 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw
40 22 0:45 / /mnt/hr rw,relatime shared:20 - cifs //fileserver/hr rw,vers=3.0
41 22 0:46 / /home/p\\040o rw,relatime shared:21 - nfs4 server:/export rw
42 40 8:2 / /mnt/hr/local rw,relatime shared:22 - ext4 /dev/sdb1 rw
";

    #[test]
    fn a_path_on_an_smb_mount_is_network() {
        assert_eq!(
            network_fs_of(MOUNTINFO, Path::new("/mnt/hr/mentorpool")),
            Some("cifs".into())
        );
    }

    #[test]
    fn escaped_spaces_in_mount_points_are_understood() {
        assert_eq!(
            network_fs_of(MOUNTINFO, Path::new("/home/p o/data")),
            Some("nfs4".into())
        );
    }

    #[test]
    fn the_deepest_mount_wins() {
        assert_eq!(network_fs_of(MOUNTINFO, Path::new("/mnt/hr/local/data")), None);
        assert_eq!(network_fs_of(MOUNTINFO, Path::new("/home/user")), None);
    }

    #[test]
    fn prefix_of_a_name_is_not_a_parent() {
        assert_eq!(network_fs_of(MOUNTINFO, Path::new("/mnt/hrx")), None);
    }

    #[test]
    fn unc_paths_are_network_shares() {
        assert!(unc_kind(Path::new(r"\\server\share\mentorpool")).is_some());
        assert!(unc_kind(Path::new("//server/share")).is_some());
        assert!(unc_kind(Path::new(r"\\?\UNC\server\share")).is_some());
        assert!(unc_kind(Path::new(r"\\?\C:\data")).is_none());
        assert!(unc_kind(Path::new("/home/hr/data")).is_none());
    }
}
