//! Reading the JavaScript options object.
//!
//! Errors name the option and what it accepts but never echo the value given: `secretKey`'s value
//! must not end up in an exception message or a log.

use crate::options::{
    ApiVersion, Options, UnknownActions, UnknownFields, VersionChoice, OPTION_NAMES,
};
use js_sys::{Array, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

pub fn from_js(v: &JsValue) -> Result<Options, String> {
    let mut o = Options::default();
    if v.is_undefined() || v.is_null() {
        return Ok(o);
    }
    if !v.is_object() || Array::is_array(v) {
        return Err("invalid options: expected an object such as { secretKey: \"...\" }".into());
    }
    let obj: &Object = v.unchecked_ref();
    for key in Object::keys(obj).iter() {
        let name = key.as_string().unwrap_or_default();
        if !OPTION_NAMES.contains(&name.as_str()) {
            return Err(format!(
                "invalid options: unknown option `{name}`; the options are {}",
                OPTION_NAMES.join(", ")
            ));
        }
    }
    let get = |k: &str| Reflect::get(v, &JsValue::from_str(k)).unwrap_or(JsValue::UNDEFINED);

    let api = get("apiVersion");
    if !api.is_undefined() {
        o.api_version = match api.as_string().as_deref() {
            Some("auto") => VersionChoice::Auto,
            Some(s) => match ApiVersion::parse(s) {
                Some(v) => VersionChoice::Fixed(v),
                None => return Err(bad_version()),
            },
            None => return Err(bad_version()),
        };
    }

    let secret = get("secretKey");
    // `secretKey: process.env.X` with X unset would silently turn verification off.
    if (secret.is_undefined() || secret.is_null())
        && Reflect::has(v, &JsValue::from_str("secretKey")).unwrap_or(false)
    {
        return Err("invalid options: secretKey is given but undefined or null — is the environment variable holding it set? Leave the option out to skip the secret check".into());
    }
    if !secret.is_undefined() {
        let bad = || {
            "invalid options: secretKey must be a non-empty string or an array of non-empty strings"
                .to_string()
        };
        if let Some(s) = secret.as_string() {
            o.secret_keys.push(s);
        } else if Array::is_array(&secret) {
            for item in Array::from(&secret).iter() {
                o.secret_keys.push(item.as_string().ok_or_else(bad)?);
            }
            if o.secret_keys.is_empty() {
                return Err(bad());
            }
        } else {
            return Err(bad());
        }
        if o.secret_keys.iter().any(String::is_empty) {
            return Err(bad());
        }
    }

    let uf = get("unknownFields");
    if !uf.is_undefined() {
        o.unknown_fields = match uf.as_string().as_deref() {
            Some("keep") => UnknownFields::Keep,
            Some("warn") => UnknownFields::Warn,
            Some("reject") => UnknownFields::Reject,
            _ => {
                return Err(
                    "invalid options: unknownFields must be \"keep\", \"warn\" or \"reject\""
                        .into(),
                )
            }
        };
    }

    let ua = get("unknownActions");
    if !ua.is_undefined() {
        o.unknown_actions = match ua.as_string().as_deref() {
            Some("reject") => UnknownActions::Reject,
            Some("accept") => UnknownActions::Accept,
            _ => {
                return Err(
                    "invalid options: unknownActions must be \"reject\" or \"accept\"".into(),
                )
            }
        };
    }

    if let Some(n) = positive_int(&get("maxBytes"), "maxBytes")? {
        o.max_bytes = n.min(usize::MAX as f64) as usize;
    }
    if let Some(n) = positive_int(&get("maxDepth"), "maxDepth")? {
        o.max_depth = n.min(u32::MAX as f64) as u32;
    }
    Ok(o)
}

fn positive_int(v: &JsValue, name: &str) -> Result<Option<f64>, String> {
    if v.is_undefined() {
        return Ok(None);
    }
    match v.as_f64() {
        Some(n) if n >= 1.0 && n.is_finite() && n.fract() == 0.0 => Ok(Some(n)),
        _ => Err(format!(
            "invalid options: {name} must be a positive integer"
        )),
    }
}

fn bad_version() -> String {
    let list: Vec<String> = ApiVersion::ALL.iter().map(|v| format!("\"{v}\"")).collect();
    format!(
        "invalid options: apiVersion must be one of {}, or \"auto\" (the version the webhook is registered with; default \"{}\")",
        list.join(", "),
        ApiVersion::LATEST
    )
}
