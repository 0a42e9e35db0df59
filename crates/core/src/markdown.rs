//! Markdown to safe HTML. Rendering happens here, in Rust, and the result is
//! sanitized by ammonia: no scripts, no event handlers, no `javascript:` links,
//! no images or embeds. The UI may insert the output as HTML; nothing else.

use pulldown_cmark::{html, Options, Parser};

/// Renders Markdown as sanitized HTML.
pub fn render(markdown: &str) -> String {
    let options =
        Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TASKLISTS;
    let mut raw = String::with_capacity(markdown.len() * 3 / 2);
    html::push_html(&mut raw, Parser::new_ext(markdown, options));
    ammonia::Builder::default()
        .url_schemes(["http", "https", "mailto"].into_iter().collect())
        .link_rel(Some("noopener noreferrer nofollow"))
        .rm_tags(["img"])
        .clean(&raw)
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::render;

    #[test]
    fn renders_markdown() {
        let html = render("# Title\n\n*emphasis* and [a link](https://example.org)");
        assert!(html.contains("<h1>Title</h1>"));
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
