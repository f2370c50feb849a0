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

/// A field's version gate: the one written after `@`, or none.
macro_rules! gate_of {
    () => {
        $crate::model::gate::Gate::ALWAYS
    };
    ($gate:expr) => {
        $gate
    };
}

/// The check of a field: its type's, or the given limit's (`text => MaxBytes<16384>`), which
/// checks the same JSON type and its length.
macro_rules! check_fn {
    ($ty:ident, $field:ident) => {
        $crate::validate::check::check_of(|v: &$ty| &v.$field)
    };
    ($ty:ident, $field:ident, $limit:ty) => {
        <$limit as $crate::validate::check::Check>::check
    };
}

/// Implement `Check` for a struct from the list of its fields (as a `Record`).
///
/// `checks!(Thread { id, created_at @ since(V3_2).required(), kind as "type" })`: required
/// fields are those whose type is not `Option` (or whose gate says `required`), and each field
/// is checked as its type says, or as the limit after `=>` says (`limits.rs`); `@ gate` limits the API versions in which the field exists
/// (see `model::gate`). `one_of(a, b, "hint")` requires at least one of two optional fields
/// where both exist; `waive(f)` lifts every requirement but `id` and `created_at` when
/// `f(cx, offset_of_the_object)` says so; `then(f)` runs `f(cx, offset_of_the_object)` last, for
/// rules across fields. An exhaustive destructuring keeps the list in step with the struct: a
/// field added to the struct but not here does not compile.
macro_rules! checks {
    ($ty:ident { $($field:ident $(as $json:literal)? $(@ $gate:expr)? $(=> $limit:ty)?),* $(,)? } $(one_of($a:ident, $b:ident, $hint:literal))* $(waive($waive:path))? $(then($hook:path))?) => {
        impl $crate::validate::record::Record for $ty {
            const EXPECTED: &'static str = concat!("an object (", stringify!($ty), ")");
            const FIELDS: &'static [&'static str] = &[$(json_name!($field $($json)?)),*];
            const REQUIRED: &'static [bool] = &[$($crate::validate::check::required_of(|v: &$ty| &v.$field)),*];
            const GATES: &'static [$crate::model::gate::Gate] = &[$(gate_of!($($gate)?)),*];
            const ONE_OF: &'static [(&'static str, &'static str)] = &[$((stringify!($a), stringify!($b))),*];
            const CHECKS: &'static [$crate::validate::record::CheckFn] =
                &[$(check_fn!($ty, $field $(, $limit)?)),*];

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


            $(
                fn waived(cx: &$crate::validate::cx::Cx, open: usize) -> bool {
                    $waive(cx, open)
                }
            )?

            #[allow(unused_variables)]
            fn finish(cx: &mut $crate::validate::cx::Cx, open: usize, seen: u64) {
                $(
                    let index = |name: &str| <$ty as $crate::validate::record::Record>::index_of(name.as_bytes()).unwrap_or(0);
                    let (a, b) = (index(stringify!($a)), index(stringify!($b)));
                    let gates = <$ty as $crate::validate::record::Record>::GATES;
                    if gates[a].allows(cx.version) && gates[b].allows(cx.version)
                        && seen & ((1u64 << a) | (1u64 << b)) == 0
                        && !<$ty as $crate::validate::record::Record>::waived(cx, open)
                    {
                        cx.missing(open, stringify!($a), $hint);
                    }
                )*
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

/// A string enum: the Rust enum with its serde names, and its `Check`. A value may carry a
/// version gate (`Ecommerce = "ecommerce" @ since(V3_6)`).
macro_rules! string_enum {
    ($(#[$meta:meta])* pub enum $ty:ident { $($(#[$vmeta:meta])* $variant:ident = $json:literal $(@ $gate:expr)?),* $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
        #[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
        #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
        pub enum $ty {
            $($(#[$vmeta])* #[serde(rename = $json)] $variant,)*
        }

        impl $ty {
            pub const NAMES: &'static [&'static str] = &[$($json),*];
            pub const GATES: &'static [$crate::model::gate::Gate] = &[$(gate_of!($($gate)?)),*];
        }

        impl $crate::validate::check::Check for $ty {
            fn check(cx: &mut $crate::validate::cx::Cx) -> $crate::validate::cx::R {
                $crate::validate::enums::check_member(cx, Self::NAMES, Self::GATES)
            }
        }
    };
}

/// A union discriminated by a member (`type` for events and users): variants are newtypes over
/// structs with `checks!`, each with an optional version gate.
macro_rules! tagged_union {
    ($ty:ident, $tag:literal, $what:literal, { $($json:literal $(@ $gate:expr)? => $variant:ident($inner:ty)),* $(,)? }) => {
        impl $ty {
            pub const TAGS: &'static [&'static str] = &[$($json),*];
            /// The API versions in which each tag exists.
            pub const TAG_GATES: &'static [$crate::model::gate::Gate] = &[$(gate_of!($($gate)?)),*];
            const VARIANTS: &'static [$crate::validate::record::Variant] =
                &[$($crate::validate::record::Variant::of::<$inner>($json, gate_of!($($gate)?))),*];
        }

        impl $crate::validate::check::Check for $ty {
            fn check(cx: &mut $crate::validate::cx::Cx) -> $crate::validate::cx::R {
                $crate::validate::record::check_union(cx, $tag, $what, concat!("an object (", $what, ")"), Self::VARIANTS)
            }
        }
    };
}
