<#import "layout.ftl" as l>
<@l.shell>
<h1>Không tìm thấy trang</h1>
<@l.printUrl/>
<p>Trang bạn tìm không có hoặc đã được chuyển đi.</p>
<ul class="link-list">
  <li><a href="${site.link(links.home)}">Về trang chủ</a></li>
  <li><a href="${site.link(links.news)}">Xem tin tức</a></li>
</ul>
</@l.shell>
