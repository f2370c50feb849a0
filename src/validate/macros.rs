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

/// Implement `Check` for a struct from the list of its fields (as a `Record`).
///
/// `checks!(Thread { id, timestamp, kind as "type" } one_of(created_at, timestamp))`: required
/// fields are those whose type is not `Option`, and each field is checked as its type says;
/// `one_of` requires at least one of two optional fields; `then(f)` runs `f(cx, offset_of_the_object)`
/// last, for rules across fields. An exhaustive destructuring keeps the list in step with the
/// struct: a field added to the struct but not here does not compile.
macro_rules! checks {
    ($ty:ident { $($field:ident $(as $json:literal)?),* $(,)? } $(one_of($a:ident, $b:ident))? $(then($hook:path))?) => {
        impl $crate::validate::record::Record for $ty {
            const EXPECTED: &'static str = concat!("an object (", stringify!($ty), ")");
            const FIELDS: &'static [&'static str] = &[$(json_name!($field $($json)?)),*];
            const REQUIRED: &'static [bool] = &[$($crate::validate::check::required_of(|v: &$ty| &v.$field)),*];
            const CHECKS: &'static [$crate::validate::record::CheckFn] =
                &[$($crate::validate::check::check_of(|v: &$ty| &v.$field)),*];

            #[inline]
            fn index_of(name: &[u8]) -> Option<usize> {
                let mut _k = 0usize;
                $(
                    if name == json_name!($field $($json)?).as_bytes() {
                        return Some(_k);
                    }
                    _k += 1;
                )*
                None
            }

            #[inline]
            fn check_at(i: usize, cx: &mut $crate::validate::cx::Cx) -> $crate::validate::cx::R {
                let mut _k = 0usize;
                $(
                    if i == _k {
                        return $crate::validate::check::check_of(|v: &$ty| &v.$field)(cx);
                    }
                    _k += 1;
                )*
                Ok(())
            }

            #[allow(unused_variables)]
            fn finish(cx: &mut $crate::validate::cx::Cx, open: usize, seen: u64) {
                $(
                    let bit = |name: &str| <$ty as $crate::validate::record::Record>::index_of(name.as_bytes()).map_or(0, |i| 1u64 << i);
                    if seen & (bit(stringify!($a)) | bit(stringify!($b))) == 0 {
                        let hint = concat!(" (API 3.1 events carry `", stringify!($a), "`; seed-era ones `", stringify!($b), "`)");
                        cx.missing(open, stringify!($a), hint);
                    }
                )?
                $(
                    $hook(cx, open);
                )?
            }
        }

        const _: () = assert!(<$ty as $crate::validate::record::Record>::FIELDS.len() <= 64, "seen-bits hold 64 fields");

        impl $crate::validate::check::Check for $ty {
            fn check(cx: &mut $crate::validate::cx::Cx) -> $crate::validate::cx::R {
                $crate::validate::record::check_record::<$ty>(cx)
            }
        }

        impl $ty {
            #[allow(dead_code)]
            fn exhaustive(v: &$ty) {
                let $ty { $($field: _,)* extra: _ } = v;
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
            const VARIANTS: &'static [$crate::validate::record::Variant] =
                &[$($crate::validate::record::Variant::of::<$inner>($json)),*];
        }

        impl $crate::validate::check::Check for $ty {
            fn check(cx: &mut $crate::validate::cx::Cx) -> $crate::validate::cx::R {
                $crate::validate::record::check_union(cx, $tag, $what, concat!("an object (", $what, ")"), Self::VARIANTS)
            }
        }
    };
}
