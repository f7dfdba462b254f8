pub mod convert;
pub mod kwalitee;
pub mod lint;
pub mod purl;
pub mod rules;
