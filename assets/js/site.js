// Reader tools: the font-size switcher ("Cỡ chữ"), the print button and the share buttons.
// The page works without this file: the buttons it drives stay hidden until it runs.
(function () {
  "use strict";
  var KEY = "lmhtx-co-chu";
  var LARGEST = 3;
  var root = document.documentElement;

  function currentStep() {
    return parseInt(root.getAttribute("data-font-step") || "0", 10) || 0;
  }

  function setStep(step) {
    step = Math.max(0, Math.min(LARGEST, step));
    root.setAttribute("data-font-step", String(step));
    try {
      localStorage.setItem(KEY, String(step));
    } catch (e) {
      // Private browsing may refuse storage; the size then lasts for this page only.
    }
  }

  function show(selector) {
    var elements = document.querySelectorAll(selector);
    for (var i = 0; i < elements.length; i++) {
      elements[i].hidden = false;
    }
    return elements;
  }

  function on(selector, handler) {
    var elements = show(selector);
    for (var i = 0; i < elements.length; i++) {
      elements[i].addEventListener("click", handler);
    }
  }

  function say(message) {
    var status = document.getElementById("trang-thai-chia-se");
    if (status) {
      status.textContent = message;
    }
  }

  show(".font-size");
  on("[data-font-change]", function (event) {
    setStep(currentStep() + parseInt(event.currentTarget.getAttribute("data-font-change"), 10));
  });
  on("[data-print]", function () {
    window.print();
  });
  if (navigator.clipboard) {
    on("[data-copy-link]", function () {
      navigator.clipboard.writeText(location.href).then(function () {
        say("Đã chép liên kết.");
      }, function () {
        say("Không chép được; hãy chép địa chỉ trên thanh trình duyệt.");
      });
    });
  }
  if (navigator.share) {
    on("[data-share]", function () {
      navigator.share({ title: document.title, url: location.href }).catch(function () {});
    });
  }
})();
