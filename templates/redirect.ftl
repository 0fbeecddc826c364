<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Trang đã chuyển: ${page.title}</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="${site.absolute(page.model.target)}">
<meta http-equiv="refresh" content="0; url=${site.link(page.model.target)}">
</head>
<body>
<main>
<p>Trang này đã chuyển đến <a href="${site.link(page.model.target)}">${page.title}</a>.</p>
</main>
</body>
</html>
