//! Markdown to safe HTML. Rendering happens here, in Rust, and the result is
//! sanitized by ammonia: no scripts, no event handlers, no `javascript:` links,
//! no images or embeds. The UI may insert the output as HTML; nothing else.

use pulldown_cmark::{html, Event, HeadingLevel, Options, Parser, Tag, TagEnd};

/// Renders Markdown as sanitized HTML.
pub fn render(markdown: &str) -> String {
    let options =
        Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TASKLISTS;
    let mut raw = String::with_capacity(markdown.len() * 3 / 2);
    // Headings start at <h3>: the text sits inside a page that already has
    // its own <h1> and section <h2>s.
    let events = Parser::new_ext(markdown, options).map(|event| match event {
        Event::Start(Tag::Heading {
            level,
            id,
            classes,
            attrs,
        }) => Event::Start(Tag::Heading {
            level: demote(level),
            id,
            classes,
            attrs,
        }),
        Event::End(TagEnd::Heading(level)) => Event::End(TagEnd::Heading(demote(level))),
        other => other,
    });
    html::push_html(&mut raw, events);
    ammonia::Builder::default()
        .url_schemes(["http", "https", "mailto"].into_iter().collect())
        .link_rel(Some("noopener noreferrer nofollow"))
        .rm_tags(["img"])
        .clean(&raw)
        .to_string()
}

fn demote(level: HeadingLevel) -> HeadingLevel {
    match level {
        HeadingLevel::H1 => HeadingLevel::H3,
        HeadingLevel::H2 => HeadingLevel::H4,
        HeadingLevel::H3 => HeadingLevel::H5,
        _ => HeadingLevel::H6,
    }
}

/// A link from user text that may be opened outside Opencall: `https:`,
/// `http:` or `mailto:` only, without spaces or control characters.
pub fn external_link(url: &str) -> crate::Result<String> {
    let url = url.trim();
    let lower = url.to_ascii_lowercase();
    let allowed = ["https://", "http://", "mailto:"]
        .iter()
        .any(|p| lower.starts_with(p) && lower.len() > p.len());
    if !allowed || url.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(crate::Error::Validation(vec![crate::validation::FieldError::new(
            "url",
            "unsafe_link",
            "Only web (https://, http://) and mail (mailto:) links can be opened. Copy this one instead.",
        )]));
    }
    Ok(url.to_owned())
}

#[cfg(test)]
mod tests {
    use super::{external_link, render};

    #[test]
    fn only_web_and_mail_links_open_outside() {
        assert!(external_link("https://example.org/a?b=c").is_ok());
        assert!(external_link("mailto:a@example.org").is_ok());
        for bad in [
            "javascript:alert(1)",
            "file:///etc/passwd",
            "https://",
            "https://a b",
            "tauri://x",
            "/relative",
        ] {
            assert_eq!(
                external_link(bad).unwrap_err().kind(),
                "validation",
                "{bad}"
            );
        }
    }

    #[test]
    fn renders_markdown() {
        let html = render("# Title\n\n*emphasis* and [a link](https://example.org)");
        assert!(html.contains("<h3>Title</h3>"), "{html}");
        assert!(html.contains("<em>emphasis</em>"));
        assert!(html.contains("href=\"https://example.org\""));
    }

    #[test]
    fn strips_scripts_handlers_and_javascript_links() {
        let html = render(
            "<script>window.__pwned=2</script>\n\n<img src=x onerror=\"window.__pwned=1\">\n\n[click](javascript:alert(1)) <a href=\"javascript:alert(2)\" onclick=\"x()\">a</a>",
        );
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("onerror"), "{html}");
        assert!(!html.contains("onclick"), "{html}");
        assert!(!html.contains("javascript:"), "{html}");
        assert!(!html.contains("<img"), "{html}");
    }
}
