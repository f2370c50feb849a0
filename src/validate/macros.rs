//! Macros that derive a type's checks from the type itself, so the model stays the one source
//! of truth: a field added to a struct without a check does not compile.

/// The JSON name of a field: its Rust name, or the given rename.
macro_rules! json_name {
    ($field:ident) => {
        stringify!($field)
    };
    ($field:ident $json:literal) => {
        $json
    };
}

/// Implement `Check` for a struct from the list of its fields.
///
/// `checks!(Thread { id, timestamp, kind as "type" } one_of(created_at, timestamp))`: required
/// fields are those whose type is not `Option`; `one_of` requires at least one of two optional
/// fields; `then(f)` runs `f(cx, offset_of_the_object)` last, for rules across fields. An exhaustive
/// destructuring keeps the list in step with the struct.
macro_rules! checks {
    ($ty:ident { $($field:ident $(as $json:literal)?),* $(,)? } $(one_of($a:ident, $b:ident))? $(then($hook:path))?) => {
        impl $crate::validate::check::Check for $ty {
            fn check(cx: &mut $crate::validate::cx::Cx) -> $crate::validate::cx::R {
                <$ty>::check_fields(cx, None)
            }
        }

        impl $ty {
            #[allow(dead_code)]
            fn exhaustive(v: &$ty) {
                let $ty { $($field: _),* } = v;
            }

            /// Check the object at the cursor; `tag` names a discriminator member already read.
            pub(crate) fn check_fields(cx: &mut $crate::validate::cx::Cx, tag: Option<&str>) -> $crate::validate::cx::R {
                use $crate::validate::check::{field, field_required};
                if !cx.expect($crate::validate::cx::Kind::Object, concat!("an object (", stringify!($ty), ")"))? {
                    return Ok(());
                }
                let open = cx.i;
                cx.open()?;
                #[allow(non_snake_case)]
                #[derive(Default)]
                struct Seen { $($field: bool,)* }
                let mut seen = Seen::default();
                let mut tag_seen = false;
                let mut keys = $crate::validate::cx::KeyTracker::new(cx);
                let mut first = true;
                while let Some(key) = cx.next_key(&mut first)? {
                    let name = cx.key_bytes(&key);
                    $(
                        if *name == *json_name!($field $($json)?).as_bytes() {
                            if seen.$field {
                                cx.duplicate(key)?;
                            } else {
                                seen.$field = true;
                                cx.push_key(key);
                                field(|v: &$ty| &v.$field, cx)?;
                                cx.pop();
                            }
                            continue;
                        }
                    )*
                    if tag.is_some_and(|t| *name == *t.as_bytes()) {
                        if tag_seen {
                            cx.duplicate(key)?;
                        } else {
                            tag_seen = true;
                            cx.push_key(key);
                            cx.any()?;
                            cx.pop();
                        }
                        continue;
                    }
                    cx.unknown_field(key, &mut keys)?;
                }
                keys.finish(cx);
                $(
                    if field_required(|v: &$ty| &v.$field) && !seen.$field {
                        cx.missing(open, json_name!($field $($json)?), "");
                    }
                )*
                $(
                    if !seen.$a && !seen.$b {
                        let hint = concat!(" (API 3.1 events carry `", stringify!($a), "`; seed-era ones `", stringify!($b), "`)");
                        cx.missing(open, stringify!($a), hint);
                    }
                )?
                $(
                    $hook(cx, open);
                )?
                Ok(())
            }
        }
    };
}

/// A string enum: the Rust enum with its serde names, and its `Check`.
macro_rules! string_enum {
    ($(#[$meta:meta])* pub enum $ty:ident { $($(#[$vmeta:meta])* $variant:ident = $json:literal),* $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
        #[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
        #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
        pub enum $ty {
            $($(#[$vmeta])* #[serde(rename = $json)] $variant,)*
        }

        impl $ty {
            pub const NAMES: &'static [&'static str] = &[$($json),*];
        }

        impl $crate::validate::check::Check for $ty {
            fn check(cx: &mut $crate::validate::cx::Cx) -> $crate::validate::cx::R {
                $crate::validate::enums::check_member(cx, Self::NAMES)
            }
        }
    };
}

/// A union discriminated by a member (`type` for events and users): variants are newtypes over
/// structs with `checks!`.
macro_rules! tagged_union {
    ($ty:ident, $tag:literal, $what:literal, { $($json:literal => $variant:ident($inner:ty)),* $(,)? }) => {
        impl $ty {
            pub const TAGS: &'static [&'static str] = &[$($json),*];
        }

        impl $crate::validate::check::Check for $ty {
            fn check(cx: &mut $crate::validate::cx::Cx) -> $crate::validate::cx::R {
                use $crate::validate::check::{tag, unknown_tag, Tag};
                match tag(cx, $tag, $what)? {
                    Tag::Reported => Ok(()),
                    Tag::Found(value, at) => {
                        $(
                            if *value == *$json.as_bytes() {
                                return <$inner>::check_fields(cx, Some($tag));
                            }
                        )*
                        unknown_tag(cx, $tag, &value, at, Self::TAGS)
                    }
                }
            }
        }
    };
}
