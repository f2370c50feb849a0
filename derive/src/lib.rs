//! `#[model]`: one declaration per model type of `livechat-webhooks`.
//!
//! A model type states its serde shape (serde's own attributes) and its checking rules
//! (`#[check(...)]`, next to the field, variant or type they are about); this attribute writes the
//! rest: the derives every model type carries, the serde attributes every optional field carries,
//! the `extra` member that keeps unknown members, and the checker's tables (`Record`, `Check`,
//! `NAMES`/`GATES`, `TAGS`/`TAG_GATES`) that `validate/record.rs` walks. The grammar is in
//! HACKING.md ("Declaring a model type").
//!
//! The generated code names the checker only through `crate::validate::{check, record, limits}`
//! and the gates through `crate::model::gate`: the model's own files name neither.

use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote, quote_spanned};
use syn::parse::Parser;
use syn::punctuated::Punctuated;
use syn::spanned::Spanned;
use syn::{
    parse_quote, Attribute, Data, DeriveInput, Error, Fields, GenericArgument, Ident, LitInt,
    LitStr, Meta, PathArguments, Result, Token, Type,
};

/// See the crate documentation and HACKING.md.
#[proc_macro_attribute]
pub fn model(
    args: proc_macro::TokenStream,
    item: proc_macro::TokenStream,
) -> proc_macro::TokenStream {
    let args = TokenStream::from(args);
    if !args.is_empty() {
        return Error::new(
            args.span(),
            "#[model] takes no arguments; rules go in #[check(...)]",
        )
        .to_compile_error()
        .into();
    }
    match syn::parse::<DeriveInput>(item).and_then(expand) {
        Ok(out) => out.into(),
        Err(e) => e.to_compile_error().into(),
    }
}

fn expand(mut input: DeriveInput) -> Result<TokenStream> {
    plain_docs(&mut input.attrs);
    match &mut input.data {
        Data::Struct(s) => s.fields.iter_mut().for_each(|f| plain_docs(&mut f.attrs)),
        Data::Enum(e) => e.variants.iter_mut().for_each(|v| plain_docs(&mut v.attrs)),
        Data::Union(_) => {}
    }
    match &input.data {
        Data::Struct(_) => expand_struct(&mut input),
        Data::Enum(_) => expand_enum(&mut input),
        Data::Union(_) => Err(Error::new(
            input.ident.span(),
            "#[model] does not take unions",
        )),
    }
}

/// Doc comments written anew as plain string literals. tsify copies a doc literal's source form
/// into the TypeScript, and the form rustc gives a `///` comment escapes `'` (`agent\'s` in the
/// JSDoc); a literal made from the text does not.
fn plain_docs(attrs: &mut [Attribute]) {
    for a in attrs.iter_mut() {
        if let Meta::NameValue(nv) = &a.meta {
            if let (
                true,
                syn::Expr::Lit(syn::ExprLit {
                    lit: syn::Lit::Str(s),
                    ..
                }),
            ) = (nv.path.is_ident("doc"), &nv.value)
            {
                let text = LitStr::new(&s.value(), s.span());
                *a = parse_quote!(#[doc = #text]);
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The one grammar: every `#[check(...)]` is read by `parse_rules`, wherever it stands; each place
// then refuses the keys that mean nothing there (`Place`).
// ---------------------------------------------------------------------------------------------

/// Everything a `#[check(...)]` may say. Each key keeps its span, for errors that point at it.
#[derive(Default)]
struct Rules {
    since: Option<LitStr>,
    until: Option<LitStr>,
    required: Option<Span>,
    required_since: Option<LitStr>,
    required_until: Option<LitStr>,
    max_bytes: Option<LitInt>,
    max_chars: Option<LitInt>,
    max_items: Option<LitInt>,
    same_as: Option<LitStr>,
    tag: Option<Span>,
    one_of: Vec<(Ident, Ident, LitStr)>,
    open_in: Option<LitStr>,
    only_in: Option<LitStr>,
    warn_since: Option<LitStr>,
    required_unless_empty: Option<LitStr>,
    stub_when: Option<Ident>,
    check_as: Option<Type>,
    expected: Option<LitStr>,
    kind: Option<LitStr>,
    has: Option<LitStr>,
    otherwise: Option<Span>,
    skip: Option<Span>,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Place {
    /// A field of a struct.
    Field,
    /// A struct.
    Struct,
    /// A variant of a `#[serde(tag = ..)]` union or a value of a string enum.
    Variant,
    /// A variant of a `#[serde(untagged)]` union: when the checker picks it.
    UntaggedVariant,
    /// An enum.
    Enum,
}

impl Place {
    fn allows(self, key: &str) -> bool {
        const GATE: &[&str] = &["since", "until"];
        const REQ: &[&str] = &["required", "required_since", "required_until"];
        match self {
            Place::Field => {
                GATE.contains(&key)
                    || REQ.contains(&key)
                    || ["max_bytes", "max_chars", "max_items", "same_as", "tag"].contains(&key)
                    || ["open_in", "only_in", "warn_since", "required_unless_empty"].contains(&key)
            }
            Place::Struct => ["one_of", "stub_when"].contains(&key),
            Place::Variant => GATE.contains(&key) || key == "only_in",
            Place::UntaggedVariant => {
                GATE.contains(&key) || ["kind", "has", "otherwise", "skip"].contains(&key)
            }
            Place::Enum => ["as", "expected"].contains(&key),
        }
    }

    fn name(self) -> &'static str {
        match self {
            Place::Field => "a field",
            Place::Struct => "a struct",
            Place::Variant => "a variant of a tagged union or a string enum",
            Place::UntaggedVariant => "a variant of an untagged union",
            Place::Enum => "an enum",
        }
    }
}

/// Read the `#[check(...)]` attributes of one item, field or variant, and remove them (they are
/// not attributes the compiler knows). Every other attribute stays.
fn take_rules(attrs: &mut Vec<Attribute>, place: Place) -> Result<Rules> {
    let mut rules = Rules::default();
    let mut errors: Option<Error> = None;
    attrs.retain(|a| {
        if !a.path().is_ident("check") {
            return true;
        }
        if let Err(e) = parse_rules(a, place, &mut rules) {
            match &mut errors {
                Some(all) => all.combine(e),
                None => errors = Some(e),
            }
        }
        false
    });
    match errors {
        Some(e) => Err(e),
        None => Ok(rules),
    }
}

fn set<T>(slot: &mut Option<T>, value: T, span: Span, key: &str) -> Result<()> {
    if slot.is_some() {
        return Err(Error::new(span, format!("`{key}` is given twice")));
    }
    *slot = Some(value);
    Ok(())
}

/// Parse one `#[check(key = value, flag, one_of(a, b, hint = ".."))]` into `rules`.
fn parse_rules(attr: &Attribute, place: Place, rules: &mut Rules) -> Result<()> {
    attr.parse_nested_meta(|meta| {
        let span = meta.path.span();
        let key = meta
            .path
            .get_ident()
            .map(|i| i.to_string())
            .ok_or_else(|| meta.error("expected a key such as `since` or `max_bytes`"))?;
        if !KEYS.contains(&key.as_str()) {
            return Err(meta.error(format!("unknown check `{key}`; known: {}", KEYS.join(", "))));
        }
        if !place.allows(&key) {
            return Err(meta.error(format!("`{key}` does not apply to {}", place.name())));
        }
        match key.as_str() {
            "since" => set(
                &mut rules.since,
                version(meta.value()?.parse()?)?,
                span,
                &key,
            ),
            "until" => set(
                &mut rules.until,
                version(meta.value()?.parse()?)?,
                span,
                &key,
            ),
            "required_since" => set(
                &mut rules.required_since,
                version(meta.value()?.parse()?)?,
                span,
                &key,
            ),
            "required_until" => set(
                &mut rules.required_until,
                version(meta.value()?.parse()?)?,
                span,
                &key,
            ),
            "required" => set(&mut rules.required, span, span, &key),
            "open_in" | "only_in" => {
                let channels: LitStr = meta.value()?.parse()?;
                if !["agent", "customer", "push"].contains(&channels.value().as_str()) {
                    return Err(Error::new(
                        channels.span(),
                        "expected \"agent\", \"customer\" or \"push\"",
                    ));
                }
                let slot = if key == "open_in" {
                    &mut rules.open_in
                } else {
                    &mut rules.only_in
                };
                set(slot, channels, span, &key)
            }
            "required_unless_empty" => set(
                &mut rules.required_unless_empty,
                meta.value()?.parse()?,
                span,
                &key,
            ),
            "warn_since" => set(
                &mut rules.warn_since,
                version(meta.value()?.parse()?)?,
                span,
                &key,
            ),
            "max_bytes" => set(&mut rules.max_bytes, meta.value()?.parse()?, span, &key),
            "max_chars" => set(&mut rules.max_chars, meta.value()?.parse()?, span, &key),
            "max_items" => set(&mut rules.max_items, meta.value()?.parse()?, span, &key),
            "same_as" => {
                let path: LitStr = meta.value()?.parse()?;
                if path.value().split('.').count() != 2
                    || path.value().split('.').any(str::is_empty)
                {
                    return Err(Error::new(
                        path.span(),
                        "expected `member.member`, as \"user.type\"",
                    ));
                }
                set(&mut rules.same_as, path, span, &key)
            }
            "tag" => set(&mut rules.tag, span, span, &key),
            "one_of" => {
                let mut a = None;
                let mut b = None;
                let mut hint = None;
                meta.parse_nested_meta(|inner| {
                    if inner.path.is_ident("hint") {
                        return set(
                            &mut hint,
                            inner.value()?.parse()?,
                            inner.path.span(),
                            "hint",
                        );
                    }
                    let field = inner
                        .path
                        .get_ident()
                        .cloned()
                        .ok_or_else(|| inner.error("expected a field name"))?;
                    if a.is_none() {
                        a = Some(field);
                    } else if b.is_none() {
                        b = Some(field);
                    } else {
                        return Err(inner.error("`one_of` names two fields"));
                    }
                    Ok(())
                })?;
                match (a, b) {
                    (Some(a), Some(b)) => {
                        let hint = hint.unwrap_or_else(|| LitStr::new("", span));
                        rules.one_of.push((a, b, hint));
                        Ok(())
                    }
                    _ => Err(Error::new(
                        span,
                        "`one_of` names two fields: one_of(a, b, hint = \"..\")",
                    )),
                }
            }
            "stub_when" => set(&mut rules.stub_when, meta.value()?.parse()?, span, &key),
            "as" => set(&mut rules.check_as, meta.value()?.parse()?, span, &key),
            "expected" => set(&mut rules.expected, meta.value()?.parse()?, span, &key),
            "kind" => {
                let kinds: LitStr = meta.value()?.parse()?;
                for k in kinds.value().split('|') {
                    if kind_variant(k.trim()).is_none() {
                        return Err(Error::new(
                            kinds.span(),
                            format!(
                                "unknown JSON kind `{}`; known: {}",
                                k.trim(),
                                KINDS.join(", ")
                            ),
                        ));
                    }
                }
                set(&mut rules.kind, kinds, span, &key)
            }
            "has" => set(&mut rules.has, meta.value()?.parse()?, span, &key),
            "otherwise" => set(&mut rules.otherwise, span, span, &key),
            "skip" => set(&mut rules.skip, span, span, &key),
            _ => unreachable!("every key of KEYS is matched"),
        }
    })
}

const KEYS: &[&str] = &[
    "since",
    "until",
    "required",
    "required_since",
    "required_until",
    "max_bytes",
    "max_chars",
    "max_items",
    "same_as",
    "tag",
    "one_of",
    "open_in",
    "only_in",
    "warn_since",
    "required_unless_empty",
    "stub_when",
    "as",
    "expected",
    "kind",
    "has",
    "otherwise",
    "skip",
];

const KINDS: &[&str] = &["object", "array", "string", "number", "bool", "null"];

fn kind_variant(name: &str) -> Option<&'static str> {
    Some(match name {
        "object" => "Object",
        "array" => "Array",
        "string" => "String",
        "number" => "Number",
        "bool" => "Bool",
        "null" => "Null",
        _ => return None,
    })
}

/// An API version as written in a rule: `"3.6"`.
fn version(lit: LitStr) -> Result<LitStr> {
    let v = lit.value();
    let ok = v.split_once('.').is_some_and(|(a, b)| {
        !a.is_empty() && !b.is_empty() && (a.to_owned() + b).bytes().all(|c| c.is_ascii_digit())
    });
    if ok {
        Ok(lit)
    } else {
        Err(Error::new(
            lit.span(),
            "expected an API version such as \"3.6\"",
        ))
    }
}

/// `"3.6"` → `crate::options::ApiVersion::V3_6`, spanned at the literal: a version the crate
/// does not know is a compile error there.
fn version_path(lit: &LitStr) -> TokenStream {
    let id = Ident::new(&format!("V{}", lit.value().replace('.', "_")), lit.span());
    quote_spanned!(lit.span()=> crate::options::ApiVersion::#id)
}

impl Rules {
    fn has_gate(&self) -> bool {
        self.since.is_some()
            || self.until.is_some()
            || self.required.is_some()
            || self.required_since.is_some()
            || self.required_until.is_some()
    }

    /// The `crate::model::gate::Gate` the rules give.
    fn gate(&self) -> Result<TokenStream> {
        let g = quote!(crate::model::gate);
        let mut out = match (&self.since, &self.until) {
            (None, None) => quote!(#g::always()),
            (Some(s), None) => {
                let s = version_path(s);
                quote!(#g::since(#s))
            }
            (None, Some(u)) => {
                let u = version_path(u);
                quote!(#g::until(#u))
            }
            (Some(s), Some(u)) => {
                let (s, u) = (version_path(s), version_path(u));
                quote!(#g::between(#s, #u))
            }
        };
        let reqs = [
            self.required.is_some(),
            self.required_since.is_some(),
            self.required_until.is_some(),
        ];
        if reqs.iter().filter(|r| **r).count() > 1 {
            let span = self
                .required_until
                .as_ref()
                .map(LitStr::span)
                .or(self.required)
                .unwrap_or_else(Span::call_site);
            return Err(Error::new(
                span,
                "give one of `required`, `required_since`, `required_until`",
            ));
        }
        if self.required.is_some() {
            out = quote!(#out.required());
        }
        if let Some(v) = &self.required_since {
            let v = version_path(v);
            out = quote!(#out.required_since(#v));
        }
        if let Some(v) = &self.required_until {
            let v = version_path(v);
            out = quote!(#out.required_until(#v));
        }
        // A member of some channels only (pushes) exists in no version of the others.
        if let Some(c) = &self.only_in {
            if self.since.is_some() || self.until.is_some() {
                return Err(Error::new(c.span(), "`only_in` takes no `since` / `until`"));
            }
            out = quote!(#g::Gate::NEVER);
        }
        for c in [&self.open_in, &self.only_in].into_iter().flatten() {
            let bits = match c.value().as_str() {
                "agent" => quote!(#g::Channel::AGENT),
                "customer" => quote!(#g::Channel::CUSTOMER),
                _ => quote!(#g::Channel::PUSH),
            };
            out = quote!(#out.open_in(#bits));
        }
        if let Some(v) = &self.warn_since {
            let v = version_path(v);
            out = quote!(#out.warn_since(#v));
        }
        Ok(out)
    }
}

// ---------------------------------------------------------------------------------------------
// What serde says: the JSON names. Read, not written: serde's attributes stay the authors'.
// ---------------------------------------------------------------------------------------------

/// The `#[serde(...)]` items of a list of attributes.
fn serde_items(attrs: &[Attribute]) -> Result<Vec<Meta>> {
    let mut out = Vec::new();
    for a in attrs.iter().filter(|a| a.path().is_ident("serde")) {
        out.extend(a.parse_args_with(Punctuated::<Meta, Token![,]>::parse_terminated)?);
    }
    Ok(out)
}

fn serde_str(items: &[Meta], key: &str) -> Result<Option<LitStr>> {
    for m in items {
        if let Meta::NameValue(nv) = m {
            if nv.path.is_ident(key) {
                return match &nv.value {
                    syn::Expr::Lit(syn::ExprLit {
                        lit: syn::Lit::Str(s),
                        ..
                    }) => Ok(Some(s.clone())),
                    other => Err(Error::new(other.span(), "expected a string")),
                };
            }
        }
    }
    Ok(None)
}

fn serde_flag(items: &[Meta], key: &str) -> Option<Span> {
    items.iter().find_map(|m| match m {
        Meta::Path(p) if p.is_ident(key) => Some(p.span()),
        Meta::NameValue(nv) if nv.path.is_ident(key) => Some(nv.path.span()),
        _ => None,
    })
}

/// A variant's JSON name as serde spells it: its `rename`, or its name under the enum's
/// `rename_all` (only the rules the model uses).
fn variant_name(variant: &syn::Variant, rename_all: Option<&LitStr>) -> Result<String> {
    if let Some(r) = serde_str(&serde_items(&variant.attrs)?, "rename")? {
        return Ok(r.value());
    }
    let name = variant.ident.to_string();
    match rename_all.map(LitStr::value).as_deref() {
        None => Ok(name),
        Some("snake_case") => Ok(snake_case(&name)),
        Some("lowercase") => Ok(name.to_lowercase()),
        Some(_) => Err(Error::new(
            rename_all.map_or_else(Span::call_site, LitStr::span),
            "#[model] reads `rename_all` = \"snake_case\" or \"lowercase\" only",
        )),
    }
}

/// serde's snake_case of a variant name: `FilledForm` → `filled_form`.
fn snake_case(name: &str) -> String {
    let mut out = String::new();
    for (i, c) in name.chars().enumerate() {
        if c.is_uppercase() && i > 0 {
            out.push('_');
        }
        out.extend(c.to_lowercase());
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Types.
// ---------------------------------------------------------------------------------------------

/// `T` of `Wrapper<T>` when the type is one.
fn inner_of<'t>(ty: &'t Type, wrapper: &str) -> Option<&'t Type> {
    let Type::Path(p) = ty else { return None };
    let last = p.path.segments.last()?;
    if last.ident != wrapper {
        return None;
    }
    let PathArguments::AngleBracketed(args) = &last.arguments else {
        return None;
    };
    match args.args.first()? {
        GenericArgument::Type(t) if args.args.len() == 1 => Some(t),
        _ => None,
    }
}

fn is_option(ty: &Type) -> bool {
    inner_of(ty, "Option").is_some()
}

fn peel_option(ty: &Type) -> &Type {
    inner_of(ty, "Option").unwrap_or(ty)
}

fn last_ident(ty: &Type) -> Option<&Ident> {
    match ty {
        Type::Path(p) => p.path.segments.last().map(|s| &s.ident),
        _ => None,
    }
}

/// The derives of every model type; string enums are `Copy` and `Eq` too.
fn derives(string_enum: bool) -> TokenStream {
    let extra = string_enum.then(|| quote!(Copy, Eq,));
    quote! {
        #[derive(Clone, #extra Debug, PartialEq, serde::Serialize, serde::Deserialize)]
        #[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
        #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    }
}

// ---------------------------------------------------------------------------------------------
// Structs.
// ---------------------------------------------------------------------------------------------

/// A field's length limit in its JSON Schema, as the checker applies it: `maxLength` for
/// `max_chars`; `maxItems` for `max_items`; for `max_bytes`, `x-maxBytes` (no JSON Schema keyword
/// counts UTF-8 bytes) and `maxLength` of the same number, which no string within the limit
/// exceeds (a character takes at least one byte).
fn schema_limits(rules: &Rules) -> Option<syn::Attribute> {
    let (n, bytes) = match (&rules.max_chars, &rules.max_items, &rules.max_bytes) {
        (Some(n), _, _) | (_, Some(n), _) => (n, false),
        (_, _, Some(n)) => (n, true),
        _ => return None,
    };
    Some(if bytes {
        parse_quote!(#[cfg_attr(feature = "schema", schemars(length(max = #n), extend("x-maxBytes" = #n)))])
    } else {
        parse_quote!(#[cfg_attr(feature = "schema", schemars(length(max = #n)))])
    })
}

/// One field, as the checker's tables see it.
struct FieldInfo {
    ident: Ident,
    json: String,
    ty: Type,
    rules: Rules,
}

fn expand_struct(input: &mut DeriveInput) -> Result<TokenStream> {
    let struct_rules = take_rules(&mut input.attrs, Place::Struct)?;
    let name = input.ident.clone();
    let Data::Struct(data) = &mut input.data else {
        unreachable!()
    };
    match &mut data.fields {
        Fields::Unnamed(f) if f.unnamed.len() == 1 => {
            // A newtype (`#[serde(transparent)]`): checked as what it wraps.
            if !struct_rules.one_of.is_empty() || struct_rules.stub_when.is_some() {
                return Err(Error::new(name.span(), "a newtype takes no struct rules"));
            }
            let inner = f.unnamed[0].ty.clone();
            let derive = derives(false);
            return Ok(quote! {
                #derive
                #input
                impl crate::checker::check::Check for #name {
                    fn check(cx: &mut crate::checker::check::Cx) -> crate::checker::check::R {
                        <#inner as crate::checker::check::Check>::check(cx)
                    }
                }
            });
        }
        Fields::Named(_) => {}
        _ => {
            return Err(Error::new(
                name.span(),
                "#[model] takes structs with named fields, or newtypes",
            ))
        }
    }
    let Fields::Named(named) = &mut data.fields else {
        unreachable!()
    };

    let mut fields = Vec::new();
    let mut flattened = None;
    for f in named.named.iter_mut() {
        let rules = take_rules(&mut f.attrs, Place::Field)?;
        f.attrs.extend(schema_limits(&rules));
        let serde = serde_items(&f.attrs)?;
        let ident = f.ident.clone().expect("named field");
        if serde_flag(&serde, "flatten").is_some() {
            flattened = Some((ident.clone(), f.ty.clone()));
            continue;
        }
        if is_option(&f.ty) {
            // Written once, here: an optional member may be left out, and is left out when
            // serialised, which also makes it optional (`?:`) in the TypeScript.
            for key in ["default", "skip_serializing_if"] {
                if let Some(span) = serde_flag(&serde, key) {
                    return Err(Error::new(
                        span,
                        format!("#[model] adds `{key}` to every Option field; leave it out"),
                    ));
                }
            }
            f.attrs
                .push(parse_quote!(#[serde(default, skip_serializing_if = "Option::is_none")]));
        }
        let json = serde_str(&serde, "rename")?.map_or_else(|| ident.to_string(), |r| r.value());
        fields.push(FieldInfo {
            ident,
            json,
            ty: f.ty.clone(),
            rules,
        });
    }

    let derive = derives(false);
    if let Some((flat, flat_ty)) = flattened {
        // A struct that flattens another keeps unknown members in that one; checked as a union
        // of one variant: the flattened type, told by its `#[check(tag)]` field.
        return tagged_struct(input, &derive, &fields, &flat, &flat_ty);
    }
    if let Some(f) = fields.iter().find(|f| f.rules.tag.is_some()) {
        return Err(Error::new(
            f.rules.tag.unwrap_or_else(Span::call_site),
            "`tag` needs a `#[serde(flatten)]` field beside it",
        ));
    }

    named.named.push(syn::Field::parse_named.parse2(quote! {
        /// Members the model does not know, kept as sent: decoding loses nothing. Not in the
        /// TypeScript types (in JavaScript the value is the parsed body itself, which keeps them).
        #[cfg_attr(not(feature = "wasm"), serde(flatten))]
        #[cfg_attr(feature = "wasm", serde(skip))]
        pub extra: crate::model::JsonObject
    })?);

    let record = record_impl(&name, &fields, &struct_rules)?;
    Ok(quote! {
        #derive
        #input
        #record
    })
}

fn field_index(fields: &[FieldInfo], ident: &Ident) -> Result<usize> {
    fields
        .iter()
        .position(|f| f.ident == *ident)
        .ok_or_else(|| Error::new(ident.span(), format!("no field `{ident}` in this struct")))
}

/// The check of one field: its type's, or its limit's.
fn field_check(f: &FieldInfo) -> Result<TokenStream> {
    let ty = &f.ty;
    let limits = [
        f.rules.max_bytes.as_ref().map(|n| ("max_bytes", n)),
        f.rules.max_chars.as_ref().map(|n| ("max_chars", n)),
        f.rules.max_items.as_ref().map(|n| ("max_items", n)),
    ];
    let mut given = limits.iter().flatten();
    let Some((key, n)) = given.next() else {
        return Ok(quote!(<#ty as crate::checker::check::Check>::check));
    };
    if let Some((_, second)) = given.next() {
        return Err(Error::new(second.span(), "a field takes one length limit"));
    }
    let l = quote!(crate::checker::limits);
    let value = peel_option(ty);
    let marker = match *key {
        "max_items" => {
            let elem = inner_of(value, "Vec").ok_or_else(|| {
                Error::new(
                    n.span(),
                    "`max_items` applies to a Vec (or an Option of one)",
                )
            })?;
            quote_spanned!(n.span()=> #l::MaxItems<#elem, #n>)
        }
        _ => {
            if last_ident(value).is_none_or(|i| i != "String") {
                return Err(Error::new(
                    n.span(),
                    format!("`{key}` applies to a String (or an Option of one)"),
                ));
            }
            if *key == "max_bytes" {
                quote_spanned!(n.span()=> #l::MaxBytes<#n>)
            } else {
                quote_spanned!(n.span()=> #l::MaxChars<#n>)
            }
        }
    };
    Ok(quote!(<#marker as crate::checker::check::Check>::check))
}

/// What a record or union is, for messages: the crate's `messages::an_object_named!`, which
/// holds the wording ("an object (Chat)"), expanded at compile time to a `&'static str`.
fn an_object_named(name: &str) -> TokenStream {
    quote!(crate::messages::an_object_named!(#name))
}

fn record_impl(name: &Ident, fields: &[FieldInfo], rules: &Rules) -> Result<TokenStream> {
    let check = quote!(crate::checker::check);
    let record = quote!(crate::checker::record);
    let expected = an_object_named(&name.to_string());
    let json: Vec<&String> = fields.iter().map(|f| &f.json).collect();
    let required = fields.iter().map(|f| {
        let ty = &f.ty;
        quote!(<#ty as #check::Check>::REQUIRED)
    });
    let gates = fields
        .iter()
        .map(|f| f.rules.gate())
        .collect::<Result<Vec<_>>>()?;
    let checks = fields.iter().map(field_check).collect::<Result<Vec<_>>>()?;
    let indices = 0..fields.len();

    let mut one_of_pairs = Vec::new();
    let mut finish = Vec::new();
    for (a, b, hint) in &rules.one_of {
        let (ia, ib) = (field_index(fields, a)?, field_index(fields, b)?);
        let (ja, jb) = (&fields[ia].json, &fields[ib].json);
        one_of_pairs.push(quote!((#ja, #jb)));
        finish.push(quote!(#record::one_of::<Self>(cx, open, seen, #ia, #ib, #hint);));
    }
    let mut unless_empty = Vec::new();
    for (i, f) in fields.iter().enumerate() {
        if let Some(other) = &f.rules.required_unless_empty {
            let key = proc_macro2::Literal::byte_string(other.value().as_bytes());
            let name = &f.json;
            finish.push(quote!(#record::required_unless_empty(cx, open, seen, #i, #name, #key);));
            unless_empty.push(quote!((#name, #other)));
        }
    }
    for f in fields {
        if let Some(path) = &f.rules.same_as {
            let value = path.value();
            let (object, member) = value.split_once('.').expect("checked when parsed");
            let names = peel_option(&f.ty);
            let key = &f.json;
            finish
                .push(quote!(#record::same_as(cx, open, #key, #object, #member, <#names>::NAMES);));
        }
    }
    let finish = (!finish.is_empty()).then(|| {
        quote! {
            fn finish(cx: &mut #check::Cx, open: usize, seen: u64) {
                #(#finish)*
            }
        }
    });
    let waived = match &rules.stub_when {
        None => None,
        Some(field) => {
            let i = field_index(fields, field)?;
            let key = proc_macro2::Literal::byte_string(fields[i].json.as_bytes());
            Some(quote! {
                fn waived(cx: &#check::Cx, open: usize) -> bool {
                    #record::stub_when(cx, open, Self::GATES[#i], #key)
                }
            })
        }
    };

    Ok(quote! {
        impl #record::Record for #name {
            const EXPECTED: &'static str = #expected;
            const FIELDS: &'static [&'static str] = &[#(#json),*];
            const REQUIRED: &'static [bool] = &[#(#required),*];
            const GATES: &'static [crate::model::gate::Gate] = &[#(#gates),*];
            const ONE_OF: &'static [(&'static str, &'static str)] = &[#(#one_of_pairs),*];
            const REQUIRED_UNLESS_EMPTY: &'static [(&'static str, &'static str)] = &[#(#unless_empty),*];
            const CHECKS: &'static [#record::CheckFn] = &[#(#checks),*];

            #[inline]
            fn index_of(name: &[u8]) -> Option<usize> {
                #(
                    if name == #json.as_bytes() {
                        return Some(#indices);
                    }
                )*
                None
            }

            #waived
            #finish
        }

        const _: () = assert!(
            <#name as #record::Record>::FIELDS.len() <= 64,
            "seen-bits hold 64 fields"
        );

        impl #check::Check for #name {
            fn check(cx: &mut #check::Cx) -> #check::R {
                #record::check_record::<#name>(cx)
            }
        }
    })
}

/// A struct of a `#[check(tag)]` field (a string enum of one value) and a flattened struct:
/// checked as a tagged union whose one variant is the flattened struct.
fn tagged_struct(
    input: &DeriveInput,
    derive: &TokenStream,
    fields: &[FieldInfo],
    flat: &Ident,
    flat_ty: &Type,
) -> Result<TokenStream> {
    let name = &input.ident;
    let [tag] = fields else {
        return Err(Error::new(
            flat.span(),
            "beside a `#[serde(flatten)]` field, #[model] takes one field: its `#[check(tag)]`",
        ));
    };
    if tag.rules.tag.is_none() {
        return Err(Error::new(
            tag.ident.span(),
            "mark the field that tells the flattened struct apart with `#[check(tag)]`",
        ));
    }
    let tag_ty = &tag.ty;
    let key = &tag.json;
    let flat_name = last_ident(flat_ty)
        .map(Ident::to_string)
        .unwrap_or_default();
    let expected = an_object_named(&flat_name);
    let record = quote!(crate::checker::record);
    let check = quote!(crate::checker::check);
    Ok(quote! {
        #derive
        #input

        const _: () = assert!(<#tag_ty>::NAMES.len() == 1, "a tag of one value");

        impl #check::Check for #name {
            fn check(cx: &mut #check::Cx) -> #check::R {
                const VARIANTS: &[#record::Variant] =
                    &[#record::Variant::of::<#flat_ty>(<#tag_ty>::NAMES[0], <#tag_ty>::GATES[0])];
                static SLOTS: [#record::Slot; 1] = [#record::Slot::NEW];
                #record::check_union(cx, #key, <#tag_ty>::NAMES[0], #expected, VARIANTS, &SLOTS)
            }
        }
    })
}

// ---------------------------------------------------------------------------------------------
// Enums: string enums, tagged unions, untagged unions.
// ---------------------------------------------------------------------------------------------

fn expand_enum(input: &mut DeriveInput) -> Result<TokenStream> {
    let enum_rules = take_rules(&mut input.attrs, Place::Enum)?;
    let serde = serde_items(&input.attrs)?;
    let rename_all = serde_str(&serde, "rename_all")?;
    let tag = serde_str(&serde, "tag")?;
    let untagged = serde_flag(&serde, "untagged").is_some();
    let name = input.ident.clone();
    let Data::Enum(data) = &mut input.data else {
        unreachable!()
    };
    let unit = data
        .variants
        .iter()
        .all(|v| matches!(v.fields, Fields::Unit));

    if unit && tag.is_none() && !untagged {
        if let Some(t) = &enum_rules.check_as {
            return Err(Error::new(
                t.span(),
                "a string enum is checked by its values",
            ));
        }
        let mut names = Vec::new();
        let mut gates = Vec::new();
        for v in data.variants.iter_mut() {
            let rules = take_rules(&mut v.attrs, Place::Variant)?;
            names.push(variant_name(v, rename_all.as_ref())?);
            gates.push(rules.gate()?);
        }
        let derive = derives(true);
        return Ok(quote! {
            #derive
            #input

            impl #name {
                pub const NAMES: &'static [&'static str] = &[#(#names),*];
                pub const GATES: &'static [crate::model::gate::Gate] = &[#(#gates),*];
            }

            impl crate::checker::check::Check for #name {
                fn check(cx: &mut crate::checker::check::Cx) -> crate::checker::check::R {
                    crate::checker::enums::check_member(cx, Self::NAMES, Self::GATES)
                }
            }
        });
    }

    let mut inners = Vec::new();
    for v in data.variants.iter() {
        match &v.fields {
            Fields::Unnamed(f) if f.unnamed.len() == 1 => inners.push(f.unnamed[0].ty.clone()),
            _ => {
                return Err(Error::new(
                    v.ident.span(),
                    "a union's variants wrap one type each: `Name(Type)`",
                ))
            }
        }
    }
    let derive = derives(false);
    let check = quote!(crate::checker::check);
    let record = quote!(crate::checker::record);

    if let Some(tag) = tag {
        if enum_rules.check_as.is_some() || enum_rules.expected.is_some() {
            return Err(Error::new(
                name.span(),
                "a tagged union is checked by its tag: no `as` or `expected`",
            ));
        }
        let mut tags = Vec::new();
        let mut gates = Vec::new();
        for v in data.variants.iter_mut() {
            let rules = take_rules(&mut v.attrs, Place::Variant)?;
            tags.push(variant_name(v, rename_all.as_ref())?);
            gates.push(rules.gate()?);
        }
        let what = name.to_string().to_lowercase();
        let expected = an_object_named(&what);
        let n_variants = tags.len();
        return Ok(quote! {
            #derive
            #input

            impl #name {
                pub const TAGS: &'static [&'static str] = &[#(#tags),*];
                /// The API versions in which each tag exists.
                pub const TAG_GATES: &'static [crate::model::gate::Gate] = &[#(#gates),*];
                const VARIANTS: &'static [#record::Variant] =
                    &[#(#record::Variant::of::<#inners>(#tags, #gates)),*];
            }

            impl #check::Check for #name {
                fn check(cx: &mut #check::Cx) -> #check::R {
                    static SLOTS: [#record::Slot; #n_variants] = [#record::Slot::NEW; #n_variants];
                    #record::check_union(cx, #tag, #what, #expected, Self::VARIANTS, &SLOTS)
                }
            }
        });
    }

    if !untagged {
        return Err(Error::new(
            name.span(),
            "#[model] takes string enums and unions that are #[serde(tag = \"..\")] or #[serde(untagged)]",
        ));
    }
    if let Some(target) = &enum_rules.check_as {
        // Checked as another type, which accepts every variant (e.g. an event, deleted or not).
        for v in data.variants.iter_mut() {
            let rules = take_rules(&mut v.attrs, Place::UntaggedVariant)?;
            if rules.kind.is_some() || rules.has.is_some() || rules.has_gate() {
                return Err(Error::new(
                    v.ident.span(),
                    "with `as`, variants take no rules",
                ));
            }
        }
        return Ok(quote! {
            #derive
            #input
            impl #check::Check for #name {
                fn check(cx: &mut #check::Cx) -> #check::R {
                    <#target as #check::Check>::check(cx)
                }
            }
        });
    }

    let mut arms = Vec::new();
    let mut otherwise = None;
    let mut peeks = false;
    // In which versions each variant can be chosen, for the JSON Schema and the TypeScript: a
    // variant chosen by version has its gate, the `otherwise` one the versions that gate leaves
    // out (when it is the only other choice), any other every version.
    let g = quote!(crate::model::gate);
    let mut variant_gates = Vec::new();
    let mut by_version = Vec::new();
    let mut otherwise_at = None;
    for (v, inner) in data.variants.iter_mut().zip(&inners) {
        let rules = take_rules(&mut v.attrs, Place::UntaggedVariant)?;
        if rules.has_gate() {
            let gate = rules.gate()?;
            by_version.push(gate.clone());
            variant_gates.push(gate);
        } else {
            if rules.otherwise.is_some() {
                otherwise_at = Some(variant_gates.len());
            } else if rules.skip.is_none() {
                by_version.push(quote!(#g::Gate::NEVER));
            }
            variant_gates.push(quote!(#g::Gate::ALWAYS));
        }
        let Some(when) = untagged_when(&rules, &v.ident)? else {
            continue;
        };
        if otherwise.is_some() {
            return Err(Error::new(
                v.ident.span(),
                "a variant after the `otherwise` one is never chosen",
            ));
        }
        let check_inner = quote!(<#inner as #check::Check>::check(cx));
        match when {
            When::Otherwise => otherwise = Some(check_inner),
            When::If(cond, needs_kind) => {
                peeks |= needs_kind;
                arms.push(quote!(if #cond { return #check_inner; }));
            }
        }
    }
    let last = match (&enum_rules.expected, otherwise) {
        (Some(e), None) => {
            peeks = true;
            quote!(#check::wrong_kind(cx, k, #e))
        }
        (None, Some(inner)) => inner,
        (Some(e), Some(_)) => {
            return Err(Error::new(
                e.span(),
                "`expected` is never said: a variant is `otherwise`",
            ))
        }
        (None, None) => {
            return Err(Error::new(
                name.span(),
                "say what the value must be when no variant fits: #[check(expected = \"..\")], or mark one variant `otherwise`",
            ))
        }
    };
    if let (Some(i), [only]) = (otherwise_at, by_version.as_slice()) {
        variant_gates[i] = quote!((#only).outside());
    }
    // The kind is read once, first, when a variant or the error needs it (peeking is idempotent).
    let peek = peeks.then(|| quote!(let k = #check::kind(cx)?;));
    Ok(quote! {
        #derive
        #input
        impl #name {
            /// In which versions each variant (in declaration order) can be chosen.
            pub const VARIANT_GATES: &'static [#g::Gate] = &[#(#variant_gates),*];
        }
        impl #check::Check for #name {
            fn check(cx: &mut #check::Cx) -> #check::R {
                #peek
                #(#arms)*
                #last
            }
        }
    })
}

enum When {
    /// The condition, and whether it reads the value's kind `k`.
    If(TokenStream, bool),
    Otherwise,
}

/// When the checker reads an untagged union's value as this variant; `None` for `skip`.
fn untagged_when(rules: &Rules, variant: &Ident) -> Result<Option<When>> {
    let check = quote!(crate::checker::check);
    let chosen = [
        rules.kind.is_some(),
        rules.has.is_some(),
        rules.has_gate(),
        rules.otherwise.is_some(),
        rules.skip.is_some(),
    ];
    if chosen.iter().filter(|c| **c).count() != 1 {
        return Err(Error::new(
            variant.span(),
            "say when the checker reads a value as this variant: one of `kind = \"..\"`, `has = \"..\"`, `since`/`until`, `otherwise`, `skip`",
        ));
    }
    Ok(Some(if let Some(kinds) = &rules.kind {
        let kinds = kinds.value();
        let ks = kinds.split('|').map(|k| {
            let k = format_ident!("{}", kind_variant(k.trim()).expect("checked when parsed"));
            quote!(#check::Kind::#k)
        });
        When::If(quote!(matches!(k, #(#ks)|*)), true)
    } else if let Some(key) = &rules.has {
        let key = proc_macro2::Literal::byte_string(key.value().as_bytes());
        When::If(
            quote!(k == #check::Kind::Object && #check::has_member(cx, #key)),
            true,
        )
    } else if rules.has_gate() {
        if rules.required.is_some()
            || rules.required_since.is_some()
            || rules.required_until.is_some()
        {
            return Err(Error::new(
                variant.span(),
                "a variant is chosen by version, not required",
            ));
        }
        let gate = rules.gate()?;
        When::If(quote!(#check::in_versions(cx, #gate)), false)
    } else if rules.otherwise.is_some() {
        When::Otherwise
    } else {
        return Ok(None);
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules(attr: Attribute, place: Place) -> Result<Rules> {
        let mut attrs = vec![attr];
        take_rules(&mut attrs, place)
    }

    fn error(attr: Attribute, place: Place) -> String {
        match rules(attr, place) {
            Ok(_) => panic!("accepted"),
            Err(e) => e.to_string(),
        }
    }

    #[test]
    fn reads_each_key() {
        let r = rules(
            parse_quote!(#[check(until = "3.4", required_until = "3.3")]),
            Place::Field,
        )
        .unwrap();
        assert_eq!(r.until.unwrap().value(), "3.4");
        assert_eq!(r.required_until.unwrap().value(), "3.3");
        let r = rules(parse_quote!(#[check(max_items = 10)]), Place::Field).unwrap();
        assert_eq!(r.max_items.unwrap().base10_parse::<usize>().unwrap(), 10);
        let r = rules(
            parse_quote!(#[check(one_of(a, b, hint = " (why)"))]),
            Place::Struct,
        )
        .unwrap();
        assert_eq!(r.one_of[0].0, "a");
        assert_eq!(r.one_of[0].2.value(), " (why)");
        let r = rules(
            parse_quote!(#[check(kind = "string | number")]),
            Place::UntaggedVariant,
        )
        .unwrap();
        assert!(r.kind.is_some());
        let r = rules(parse_quote!(#[check(as = Event)]), Place::Enum).unwrap();
        assert!(r.check_as.is_some());
    }

    #[test]
    fn refuses_what_it_does_not_know_pointing_at_it() {
        assert!(error(parse_quote!(#[check(sinse = "3.6")]), Place::Field)
            .contains("unknown check `sinse`"));
        assert!(
            error(parse_quote!(#[check(since = "three")]), Place::Field).contains("API version")
        );
        assert!(error(parse_quote!(#[check(max_bytes = "10")]), Place::Field).contains("integer"));
        assert!(error(
            parse_quote!(#[check(since = "3.6", since = "3.5")]),
            Place::Field
        )
        .contains("twice"));
        assert!(error(parse_quote!(#[check(one_of(a))]), Place::Struct).contains("two fields"));
        assert!(error(
            parse_quote!(#[check(kind = "text")]),
            Place::UntaggedVariant
        )
        .contains("unknown JSON kind"));
        assert!(
            error(parse_quote!(#[check(same_as = "user")]), Place::Field).contains("member.member")
        );
    }

    #[test]
    fn refuses_keys_out_of_place() {
        assert!(
            error(parse_quote!(#[check(max_bytes = 4)]), Place::Variant).contains("does not apply")
        );
        assert!(
            error(parse_quote!(#[check(one_of(a, b))]), Place::Field).contains("does not apply")
        );
        assert!(
            error(parse_quote!(#[check(since = "3.6")]), Place::Struct).contains("does not apply")
        );
    }

    #[test]
    fn the_error_points_at_the_key() {
        let attr: Attribute = parse_quote!(#[check(since = "3.6", bogus = 1)]);
        let Err(e) = rules(attr, Place::Field) else {
            panic!("accepted")
        };
        // Outside a macro every span is the call site; what matters is that the one error is
        // about the bad key, not the attribute as a whole.
        assert_eq!(e.into_iter().count(), 1);
    }

    #[test]
    fn gates_and_names() {
        let r = rules(
            parse_quote!(#[check(since = "3.4", required_since = "3.5")]),
            Place::Field,
        )
        .unwrap();
        let g = r.gate().unwrap().to_string().replace(' ', "");
        assert_eq!(
            g,
            "crate::model::gate::since(crate::options::ApiVersion::V3_4).required_since(crate::options::ApiVersion::V3_5)"
        );
        let r = rules(
            parse_quote!(#[check(required, required_since = "3.5")]),
            Place::Field,
        )
        .unwrap();
        assert!(r.gate().is_err());
        assert_eq!(snake_case("FilledForm"), "filled_form");
        assert_eq!(snake_case("Message"), "message");
    }

    #[test]
    fn whole_items() {
        let ok = |item: TokenStream| expand(syn::parse2(item).unwrap()).map(|t| t.to_string());
        let out = ok(quote!(
            pub struct S {
                #[serde(rename = "type")]
                pub kind: Option<String>,
                #[check(max_chars = 180)]
                pub name: String,
            }
        ))
        .unwrap();
        assert!(out.contains("\"type\"") && out.contains("MaxChars") && out.contains("extra"));
        assert!(ok(quote!(
            pub struct S {
                #[serde(default)]
                pub kind: Option<String>,
            }
        ))
        .unwrap_err()
        .to_string()
        .contains("adds `default`"));
        assert!(ok(quote!(
            #[check(one_of(a, c))]
            pub struct S {
                pub a: Option<String>,
                pub b: Option<String>,
            }
        ))
        .unwrap_err()
        .to_string()
        .contains("no field `c`"));
        assert!(ok(quote!(
            pub struct S {
                #[check(max_items = 3)]
                pub a: String,
            }
        ))
        .unwrap_err()
        .to_string()
        .contains("applies to a Vec"));
        assert!(ok(quote!(
            #[serde(untagged)]
            pub enum U {
                A(String),
                #[check(otherwise)]
                B(i64),
            }
        ))
        .unwrap_err()
        .to_string()
        .contains("say when"));
    }
}
