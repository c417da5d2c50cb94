import { expect, test, type Page } from "@playwright/test";
import { addListEntry, expectAccessible, newPlanInWizard, signedInAs } from "./helpers";

const presence = (page: Page) => page.getByTestId("presence");

test("the presenter view follows the facilitator's step, until someone pages by hand", async ({
  browser,
}) => {
  const eva = await signedInAs(browser, "editor@example.org");
  const clara = await signedInAs(browser, "consultant@example.org");
  const url = await newPlanInWizard(eva.page);
  // Alone in the plan, the projector has nobody to follow yet, and says so instead of offering it.
  await eva.page.goto("/institutions/demo-jugendhilfe");
  await clara.page.goto(url.replace(/\/steps\/[^/]+$/, "/present?step=start"));
  const presenter = clara.page.getByTestId("presenter");
  await expect(presenter.getByRole("heading", { level: 1, name: "Ausgangslage" })).toBeVisible();
  await expect(presenter.getByText(/^Mitblättern: Sobald jemand anderes den Plan geöffnet hat/)).toBeVisible({
    timeout: 20_000,
  });
  await expect(presenter.getByLabel("Mitblättern mit")).toHaveCount(0);
  await eva.page.goto(url);
  // On the projector only the plan shows: no app header, no institution tabs.
  await expect(clara.page.getByRole("banner")).toHaveCount(0);
  await expect(clara.page.getByRole("link", { name: "Pläne", exact: true })).toHaveCount(0);
  await presenter.getByLabel("Mitblättern mit").selectOption({ label: "Eva Engel" });

  await eva.page.getByRole("link", { name: /^Weiter:/ }).click();
  await expect(presenter.getByRole("heading", { level: 1, name: "Ziele und Erwartungen" })).toBeVisible();
  await eva.page.getByRole("link", { name: /^Weiter:/ }).click();
  await expect(presenter.getByRole("heading", { level: 1, name: "Kanäle und Zielgruppen" })).toBeVisible();
  await expect(presenter.getByLabel("Mitblättern mit")).toHaveValue(/.+/);
  await expectAccessible(clara.page);

  // Paging by hand stops following: the facilitator moves on, the projector stays.
  await presenter.getByRole("link", { name: /Ziele und Erwartungen/ }).click();
  await expect(presenter.getByRole("heading", { level: 1, name: "Ziele und Erwartungen" })).toBeVisible();
  await expect(presenter.getByLabel("Mitblättern mit")).toHaveValue("");
  await eva.page.getByRole("link", { name: /^Weiter:/ }).click();
  await expect(presence(clara.page)).toContainText("Eva Engel, Schritt 4");
  await expect(presenter.getByRole("heading", { level: 1, name: "Ziele und Erwartungen" })).toBeVisible();
  // A clicker's keys page too.
  await clara.page.keyboard.press("PageDown");
  await expect(presenter.getByRole("heading", { level: 1, name: "Kanäle und Zielgruppen" })).toBeVisible();
  await clara.page.keyboard.press("ArrowLeft");
  await expect(presenter.getByRole("heading", { level: 1, name: "Ziele und Erwartungen" })).toBeVisible();
  // The way out is at the top, back to the step on screen.
  await presenter.getByRole("link", { name: "Präsentation beenden" }).click();
  await expect(clara.page).toHaveURL(/\/steps\/goals$/);
  await eva.context.close();
  await clara.context.close();
});

test("two people on one plan see each other, each other's step and each other's edits", async ({
  browser,
}) => {
  const eva = await signedInAs(browser, "editor@example.org");
  const clara = await signedInAs(browser, "consultant@example.org");
  const url = await newPlanInWizard(eva.page);
  await clara.page.goto(url);

  await expect(presence(eva.page)).toContainText("Clara Consult, Schritt 1: Ausgangslage");
  await expect(presence(clara.page)).toContainText("Eva Engel, Schritt 1: Ausgangslage");
  await expect(presence(eva.page).getByTestId("presence-person")).toHaveText(/CC/);
  await expectAccessible(eva.page);

  // An edit appears at the other's without reloading.
  await eva.page.getByLabel("Auftrag und Leitbild").fill("Wir stärken Familien im Quartier.");
  await expect(clara.page.getByLabel("Auftrag und Leitbild")).toHaveValue(
    "Wir stärken Familien im Quartier.",
  );

  // A list item added by one appears at the other's, and its fields follow.
  await addListEntry(clara.page, "Zielgruppe hinzufügen", "Alleinerziehende");
  await expect(eva.page.getByLabel("Bezeichnung")).toHaveValue("Alleinerziehende");

  // Moving to another step shows there.
  await clara.page.getByRole("link", { name: /^Weiter:/ }).click();
  await expect(presence(eva.page)).toContainText("Clara Consult, Schritt 2: Ziele und Erwartungen");

  // The presenter view (for a projector) follows the edits, too.
  await clara.page.getByRole("link", { name: "Präsentationsansicht" }).click();
  const presenter = clara.page.getByTestId("presenter");
  await expect(presenter.getByRole("heading", { level: 1, name: "Ziele und Erwartungen" })).toBeVisible();
  await presenter.getByRole("link", { name: /Ausgangslage/ }).click();
  await expect(presenter).toContainText("Wir stärken Familien im Quartier.");
  await eva.page.getByLabel("Heutige Kanäle").fill("Website und Elternbriefe");
  await expect(presenter).toContainText("Website und Elternbriefe");
  await expectAccessible(clara.page);

  // Leaving the plan: gone for the other.
  await clara.page.goto("/institutions/demo-jugendhilfe");
  await expect(presence(eva.page).getByTestId("presence-person")).toHaveCount(0);
  await eva.context.close();
  await clara.context.close();
});

test("a field being typed in is not overwritten: the conflict is told and both texts can be merged", async ({
  browser,
}) => {
  const eva = await signedInAs(browser, "editor@example.org");
  const clara = await signedInAs(browser, "consultant@example.org");
  const url = await newPlanInWizard(eva.page);
  await clara.page.goto(url);
  await expect(presence(eva.page)).toContainText("Clara Consult");

  // Clara is in the field when Eva's change arrives: her text stays, a note says who changed it.
  const claraField = clara.page.getByLabel("Bisherige Erfahrungen");
  await claraField.click();
  await eva.page.getByLabel("Bisherige Erfahrungen").fill("Facebook-Seite seit 2019.");
  await expect(clara.page.getByTestId("remote-change")).toContainText(
    "Eva Engel hat dieses Feld gerade geändert",
  );
  await expect(claraField).toHaveValue("");

  // Her own edit, based on the older revision, is refused and shown as a conflict.
  await claraField.fill("Instagram-Versuch 2022 abgebrochen.");
  const conflict = clara.page.getByRole("alert").filter({ hasText: "gleichzeitig geändert" });
  await expect(conflict).toBeVisible({ timeout: 15_000 });
  // The notice names who it was, as the note under the field does.
  await expect(conflict).toContainText("Eva Engel hat dieses Feld gleichzeitig geändert.");
  // Under her field, the note now says her text is not saved and leads to the choice; so does the
  // status line.
  await expect(clara.page.getByTestId("remote-change")).toContainText(
    "Ihre Fassung ist noch nicht gespeichert: Jemand anders hat dieses Feld zur selben Zeit geändert.",
  );
  await expect(
    clara.page.getByTestId("remote-change").getByRole("link", { name: "Wählen Sie, welche Fassung gilt" }),
  ).toBeVisible();
  await expect(clara.page.getByTestId("autosave-status")).toHaveText(
    "Nicht gespeichert: Wählen Sie, welche Fassung gilt.",
  );
  await expectAccessible(clara.page);
  await conflict.getByRole("button", { name: "Beide ansehen und zusammenführen" }).click();
  const merged = conflict.getByLabel("Zusammengeführter Text");
  await expect(merged).toHaveValue("Facebook-Seite seit 2019.\n\nInstagram-Versuch 2022 abgebrochen.");
  await merged.fill("Facebook-Seite seit 2019; Instagram-Versuch 2022 abgebrochen.");
  await conflict.getByRole("button", { name: "Zusammengeführten Text speichern" }).click();

  // Eva is still in the field she typed in: she is told, and sees the text once she leaves it.
  await expect(eva.page.getByTestId("remote-change")).toContainText(
    "Clara Consult hat dieses Feld gerade geändert",
  );
  await expect(eva.page.getByLabel("Bisherige Erfahrungen")).toHaveValue("Facebook-Seite seit 2019.");
  await eva.page.getByLabel("Bisherige Erfahrungen").blur();
  await expect(eva.page.getByLabel("Bisherige Erfahrungen")).toHaveValue(
    "Facebook-Seite seit 2019; Instagram-Versuch 2022 abgebrochen.",
  );
  await expect(eva.page.getByTestId("remote-change")).toHaveCount(0);
  await expect(claraField).toHaveValue("Facebook-Seite seit 2019; Instagram-Versuch 2022 abgebrochen.");
  await eva.context.close();
  await clara.context.close();
});

test("edits made offline survive a reload, are shown as pending and reach the other when back online", async ({
  browser,
}) => {
  const eva = await signedInAs(browser, "editor@example.org");
  const clara = await signedInAs(browser, "consultant@example.org");
  const url = await newPlanInWizard(eva.page);
  await clara.page.goto(url);
  await expect(presence(eva.page)).toContainText("Clara Consult");

  await clara.context.setOffline(true);
  await clara.page.getByLabel("Vorbehalte im Haus").fill("Sorge vor Shitstorms in der Leitung.");
  await expect(clara.page.getByTestId("autosave-status")).toHaveAttribute("data-status", "offline", {
    timeout: 15_000,
  });

  // A page cannot load without a connection, so the reload happens while saving still fails.
  const blocked = "**/api/plans/*/changes";
  await clara.page.route(blocked, (route) => route.abort("internetdisconnected"));
  await clara.context.setOffline(false);
  await clara.page.reload();
  await expect(clara.page.getByLabel("Vorbehalte im Haus")).toHaveValue(
    "Sorge vor Shitstorms in der Leitung.",
  );
  await expect(clara.page.getByTestId("autosave-status")).toHaveAttribute(
    "data-status",
    /retrying|offline|saving/,
  );
  await expect(eva.page.getByLabel("Vorbehalte im Haus")).toHaveValue("");

  await clara.page.unroute(blocked);
  await expect(eva.page.getByLabel("Vorbehalte im Haus")).toHaveValue(
    "Sorge vor Shitstorms in der Leitung.",
    {
      timeout: 30_000,
    },
  );
  await expect(clara.page.getByTestId("autosave-status")).toHaveAttribute("data-status", "saved", {
    timeout: 15_000,
  });
  await eva.context.close();
  await clara.context.close();
});

/**
 * Holds this page's autosave requests until the returned function is called: its changes then
 * rest on what it saw before. (Left in place afterwards; it lets everything through once released.)
 */
async function holdSaving(page: Page) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/api/plans/*/changes", async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

test("removing an entry someone else changed meanwhile asks first; taking theirs shows their change", async ({
  browser,
}) => {
  const eva = await signedInAs(browser, "editor@example.org");
  const clara = await signedInAs(browser, "consultant@example.org");
  const url = await newPlanInWizard(eva.page);
  await clara.page.goto(url);
  await expect(presence(eva.page)).toContainText("Clara Consult");
  await eva.page.getByRole("button", { name: "Zielgruppe hinzufügen" }).click();
  await eva.page.getByLabel("Bezeichnung").fill("Alleinerziehende");
  await expect(clara.page.getByLabel("Bezeichnung")).toHaveValue("Alleinerziehende");

  // Clara removes the entry while Eva describes it; Clara's removal arrives after Eva's edit.
  const releaseClara = await holdSaving(clara.page);
  await clara.page.getByRole("button", { name: "Entfernen: Alleinerziehende", exact: true }).click();
  await expect(clara.page.getByLabel("Bezeichnung")).toHaveCount(0);
  await eva.page.getByLabel("Beschreibung").fill("Oft abends erreichbar, selten vormittags.");
  await expect(eva.page.getByTestId("autosave-status")).toHaveAttribute("data-status", "saved", {
    timeout: 15_000,
  });
  releaseClara();

  const conflict = clara.page
    .getByRole("alert")
    .filter({ hasText: "Eva Engel hat diesen Eintrag inzwischen geändert." });
  await expect(conflict).toBeVisible({ timeout: 15_000 });
  await expect(conflict).toContainText("Eintrag: Alleinerziehende");
  await expectAccessible(clara.page);
  // Nothing was removed while Clara decides.
  await expect(eva.page.getByLabel("Bezeichnung")).toHaveValue("Alleinerziehende");

  await conflict.getByRole("button", { name: "Eintrag behalten" }).click();
  await expect(conflict).toHaveCount(0);
  await expect(clara.page.getByLabel("Beschreibung")).toHaveValue(
    "Oft abends erreichbar, selten vormittags.",
  );

  // Having seen Eva's change, Clara can remove it without being asked again.
  await clara.page.getByRole("button", { name: "Entfernen: Alleinerziehende", exact: true }).click();
  await expect(eva.page.getByLabel("Bezeichnung")).toHaveCount(0, { timeout: 15_000 });
  await expect(clara.page.getByRole("alert").filter({ hasText: "inzwischen" })).toHaveCount(0);
  await eva.context.close();
  await clara.context.close();
});

test("typing into an entry someone else removed meanwhile: it can be restored with what was typed", async ({
  browser,
}) => {
  const eva = await signedInAs(browser, "editor@example.org");
  const clara = await signedInAs(browser, "consultant@example.org");
  const url = await newPlanInWizard(eva.page);
  await clara.page.goto(url);
  await expect(presence(eva.page)).toContainText("Clara Consult");
  await eva.page.getByRole("button", { name: "Zielgruppe hinzufügen" }).click();
  await eva.page.getByLabel("Bezeichnung").fill("Senioren");
  await expect(clara.page.getByLabel("Bezeichnung")).toHaveValue("Senioren");

  // Clara types while Eva removes the entry; Clara's edit arrives after the removal.
  const releaseClara = await holdSaving(clara.page);
  await clara.page.getByLabel("Beschreibung").fill("Viele nutzen WhatsApp mit den Enkeln.");
  await eva.page.getByRole("button", { name: "Entfernen: Senioren", exact: true }).click();
  await expect(eva.page.getByTestId("autosave-status")).toHaveAttribute("data-status", "saved", {
    timeout: 15_000,
  });
  // What Clara is typing in stays on her screen.
  await expect(clara.page.getByLabel("Beschreibung")).toHaveValue("Viele nutzen WhatsApp mit den Enkeln.");
  releaseClara();

  const conflict = clara.page
    .getByRole("alert")
    .filter({ hasText: "Jemand anders hat diesen Eintrag inzwischen entfernt." });
  await expect(conflict).toBeVisible({ timeout: 15_000 });
  await expect(conflict).toContainText("Was Sie geändert haben, ist nicht verloren.");
  await expectAccessible(clara.page);
  await conflict.getByRole("button", { name: "Mit meinen Angaben wiederherstellen" }).click();
  await expect(conflict).toHaveCount(0);

  await expect(eva.page.getByLabel("Bezeichnung")).toHaveValue("Senioren", { timeout: 15_000 });
  await expect(eva.page.getByLabel("Beschreibung")).toHaveValue("Viele nutzen WhatsApp mit den Enkeln.");
  await eva.page.reload();
  await expect(eva.page.getByLabel("Beschreibung")).toHaveValue("Viele nutzen WhatsApp mit den Enkeln.");
  await eva.context.close();
  await clara.context.close();
});

test("moving an entry someone else moved meanwhile asks which order to keep", async ({ browser }) => {
  const eva = await signedInAs(browser, "editor@example.org");
  const clara = await signedInAs(browser, "consultant@example.org");
  const url = await newPlanInWizard(eva.page);
  await clara.page.goto(url);
  await expect(presence(eva.page)).toContainText("Clara Consult");
  for (const name of ["Jugendliche", "Eltern", "Fachkräfte"]) {
    await eva.page.getByRole("button", { name: "Zielgruppe hinzufügen" }).click();
    await eva.page.getByLabel("Bezeichnung").last().fill(name);
  }
  /** The target groups in the order the page shows them. */
  const order = (page: Page) =>
    expect.poll(
      () =>
        page
          .getByLabel("Bezeichnung")
          .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value)),
      { timeout: 15_000 },
    );
  await order(clara.page).toEqual(["Jugendliche", "Eltern", "Fachkräfte"]);

  // Both move "Eltern": Eva up, Clara (whose move arrives later) down.
  const releaseClara = await holdSaving(clara.page);
  await clara.page.getByRole("button", { name: "Nach unten: Eltern", exact: true }).click();
  await eva.page.getByRole("button", { name: "Nach oben: Eltern", exact: true }).click();
  await expect(eva.page.getByTestId("autosave-status")).toHaveAttribute("data-status", "saved", {
    timeout: 15_000,
  });
  releaseClara();

  const conflict = clara.page
    .getByRole("alert")
    .filter({ hasText: "Eva Engel hat diesen Eintrag inzwischen verschoben." });
  await expect(conflict).toBeVisible({ timeout: 15_000 });
  await conflict.getByRole("button", { name: "Meine Reihenfolge speichern" }).click();
  await expect(conflict).toHaveCount(0);
  await order(eva.page).toEqual(["Jugendliche", "Fachkräfte", "Eltern"]);
  await order(clara.page).toEqual(["Jugendliche", "Fachkräfte", "Eltern"]);
  await eva.context.close();
  await clara.context.close();
});
