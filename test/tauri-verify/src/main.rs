//! A Tauri updater client's check of a static latest.json, written the way Tauri's updater does it:
//! look the platform up in `platforms`, base64-decode the signature and the configured public key
//! (both are base64 of the minisign texts), and verify the downloaded bytes with `minisign-verify`
//! (legacy signatures allowed, as Tauri does).
//!
//!   tauri-verify LATEST_JSON PUBKEY_BASE64 OS ARCH BUNDLE|- DOWNLOAD_DIR
//!
//! BUNDLE "-" is a client that does not know its bundle (Tauri v1, tauri-plugin-updater <= 2.9): it reads
//! exactly `platforms["{os}-{arch}"]`. A bundle is a client that knows it (tauri-plugin-updater >= 2.10):
//! `{os}-{arch}-{bundle}` first, then `{os}-{arch}`. The "download" is DOWNLOAD_DIR/<last segment of url>.
//! Prints `ok <key> <url>`; exits 1 with the reason otherwise.
use base64::Engine;
use minisign_verify::{PublicKey, Signature};
use std::process::exit;

fn b64_text(what: &str, s: &str) -> Result<String, String> {
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(s)
        .map_err(|e| format!("{what} is not base64: {e}"))?;
    String::from_utf8(bytes).map_err(|e| format!("{what} is not UTF-8: {e}"))
}

fn run(args: &[String]) -> Result<String, String> {
    let (latest, pubkey, os, arch, bundle, dir) = match args {
        [a, b, c, d, e, f] => (a, b, c, d, e, f),
        _ => return Err("usage: tauri-verify LATEST_JSON PUBKEY_BASE64 OS ARCH BUNDLE|- DOWNLOAD_DIR".into()),
    };
    let text = std::fs::read_to_string(latest).map_err(|e| format!("{latest}: {e}"))?;
    let json: serde_json::Value = serde_json::from_str(&text).map_err(|e| format!("{latest}: {e}"))?;
    let platforms = json.get("platforms").and_then(|p| p.as_object()).ok_or("latest.json has no platforms object")?;
    let generic = format!("{os}-{arch}");
    let keys: Vec<String> = if bundle == "-" { vec![generic] } else { vec![format!("{os}-{arch}-{bundle}"), generic] };
    let (key, entry) = keys
        .iter()
        .find_map(|k| platforms.get(k).map(|e| (k.clone(), e)))
        .ok_or_else(|| format!("no platform entry for {}", keys.join(" or ")))?;
    let url = entry.get("url").and_then(|u| u.as_str()).ok_or(format!("{key}: no url"))?;
    let signature = entry.get("signature").and_then(|s| s.as_str()).ok_or(format!("{key}: no signature"))?;
    let name = url.rsplit('/').next().unwrap_or_default();
    let data = std::fs::read(std::path::Path::new(dir).join(name)).map_err(|e| format!("download {url}: {e}"))?;
    let public_key = PublicKey::decode(&b64_text("the public key", pubkey)?).map_err(|e| format!("public key: {e}"))?;
    let sig = Signature::decode(&b64_text("the signature", signature)?).map_err(|e| format!("{key}: signature: {e}"))?;
    public_key.verify(&data, &sig, true).map_err(|e| format!("{key}: {url}: {e}"))?;
    Ok(format!("ok {key} {url}"))
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(line) => println!("{line}"),
        Err(e) => {
            eprintln!("tauri-verify: {e}");
            exit(1);
        }
    }
}
