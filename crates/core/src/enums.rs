//! `named_enum!`: declares a fieldless enum together with its one spelling
//! (`snake_case` names used in JSON, the CLI, the shell and the UI's labels),
//! `ALL`, `as_str`, `parse` (accepting `-` for `_` and any case), `Display`
//! and `FromStr`. Every enum the shells show is declared through it, so a
//! value's name is written exactly once.

/// Declares an enum whose variants each carry their stable name:
///
/// ```ignore
/// named_enum! {
///     /// Doc.
///     pub enum Colour { #[default] Red = "red", DarkBlue = "dark_blue" }
/// }
/// ```
#[macro_export]
macro_rules! named_enum {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $text:literal ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
        $vis enum $name {
            $( $(#[$vmeta])* #[serde(rename = $text)] $variant ),+
        }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The value's one spelling.
            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text),+
                }
            }

            /// Parses a value's name; `-` may stand for `_`, case is ignored.
            pub fn parse(s: &str) -> Option<Self> {
                let s = s.trim().replace('-', "_").to_lowercase();
                Self::ALL.iter().copied().find(|k| k.as_str() == s)
            }

            /// Every name, for messages such as "one of: a, b, c".
            pub fn names() -> Vec<&'static str> {
                Self::ALL.iter().map(|k| k.as_str()).collect()
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl std::str::FromStr for $name {
            type Err = $crate::Error;
            fn from_str(s: &str) -> Result<Self, $crate::Error> {
                Self::parse(s).ok_or_else(|| $crate::Error::Validation(vec![
                    $crate::validation::FieldError::new(
                        stringify!($name),
                        "invalid_choice",
                        format!("'{}' is not one of: {}.", s.trim(), Self::names().join(", ")),
                    )
                    .with("got", s.trim())
                    .with("choices", Self::names().join(", ")),
                ]))
            }
        }
    };
}

#[cfg(test)]
mod tests {
    named_enum! {
        /// A test enum.
        #[derive(Default)]
        pub enum Shade { #[default] Light = "light", DarkBlue = "dark_blue" }
    }

    #[test]
    fn names_are_declared_once_and_round_trip() {
        assert_eq!(Shade::ALL.len(), 2);
        assert_eq!(Shade::DarkBlue.as_str(), "dark_blue");
        assert_eq!(Shade::parse("Dark-Blue"), Some(Shade::DarkBlue));
        assert_eq!(
            serde_json::to_string(&Shade::DarkBlue).unwrap(),
            "\"dark_blue\""
        );
        assert_eq!(Shade::default(), Shade::Light);
        assert_eq!("nope".parse::<Shade>().unwrap_err().kind(), "validation");
    }
}
