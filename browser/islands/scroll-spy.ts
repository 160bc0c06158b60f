/**
 * Marks the table-of-contents link of the part being read. The list itself is server-rendered
 * (it must print and work without JavaScript); this only sets aria-current on one link.
 */
export function spyOnScroll() {
  for (const nav of document.querySelectorAll<HTMLElement>("nav[data-scroll-spy]")) {
    const links = Array.from(nav.querySelectorAll<HTMLAnchorElement>('a[href^="#"]'));
    const targets = links.flatMap((link) => {
      const el = document.getElementById(decodeURIComponent(link.hash.slice(1)));
      return el ? [{ el, link }] : [];
    });
    let frame = 0;
    const update = () => {
      frame = 0;
      const passed = targets.filter(({ el }) => el.getBoundingClientRect().top < window.innerHeight * 0.3);
      const current = (passed.at(-1) ?? targets[0])?.link;
      for (const { link } of targets) {
        if (link === current) link.setAttribute("aria-current", "location");
        else link.removeAttribute("aria-current");
      }
    };
    update();
    window.addEventListener(
      "scroll",
      () => {
        if (!frame) frame = requestAnimationFrame(update);
      },
      { passive: true },
    );
  }
}
