import { expect, test, type Browser } from "@playwright/test";
import { addListEntry, expectAccessible, inviteAndJoin, login, register } from "./helpers";

async function as(browser: Browser, email: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await login(page, email, "wegweiser-demo");
  return { page, context };
}

test("the editor submits, the director requests changes, the editor resubmits, the director approves", async ({
  page,
  browser,
}) => {
  // A fresh institution keeps this test independent of the shared demo plan.
  await register(page, "Jugendhilfe Freigabeweg");
  const slug = new URL(page.url()).pathname.split("/")[2];
  const { context: director, page: directorPage } = await inviteAndJoin(
    page,
    browser,
    "Leitung (Freigabe)",
    "Dora Direktorin",
  );

  await page.goto(`/institutions/${slug}`);
  await page.getByLabel("Titel").fill("Freigabe-Plan");
  await page.getByRole("button", { name: "Plan anlegen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Freigabe-Plan" })).toBeVisible();
  const planUrl = page.url();
  // The director's list says what it is for them, and a draft says what they are waiting for.
  await directorPage.goto(`/institutions/${slug}`);
  await expect(directorPage.getByText(/prüfen Sie ihn hier und geben ihn frei/)).toBeVisible();
  await expect(directorPage.getByText(/die Ihre Leitung freigeben kann/)).toHaveCount(0);
  await directorPage.goto(planUrl);
  await expect(directorPage.getByText(/Der Plan ist noch nicht eingereicht\./)).toBeVisible();
  await page.getByRole("link", { name: "Strategie bearbeiten" }).click();
  await page.getByRole("link", { name: /Ziele/ }).first().click();
  await page.getByLabel("Zu erreichen bis").first().fill("2027-06-30");
  await page
    .getByRole("link", { name: /Leitung/ })
    .first()
    .click();
  await page.getByLabel("Wer trägt das Vorhaben in der Leitung?").fill("Dora Direktorin");
  await page.getByLabel("Rückhalt der Leitung").selectOption({ label: "voll" });
  await page
    .getByRole("link", { name: /Personal und Zeit/ })
    .first()
    .click();
  await addListEntry(page, "Person hinzufügen", "Paula Probe");
  await page.getByLabel("Stunden pro Woche für Kommunikation").fill("12");
  await page.getByLabel("Wovon diese Person entlastet wird").fill("Die Donnerstagsgruppe");
  await page
    .getByRole("link", { name: /Langfristigkeit/ })
    .first()
    .click();
  await page.getByLabel("Zeithorizont").fill("24");
  await page
    .getByLabel("Über die Pilotphase hinaus gesichert")
    .fill("Die Stelle ist bis 2028 im Haushalt gesichert.");
  await page
    .getByRole("link", { name: /Bereitschaft/ })
    .first()
    .click();
  await expect(page.getByTestId("readiness-verdict")).toHaveText("Bereit zur Freigabe");
  await expect(page.getByTestId("autosave-status")).toHaveAttribute("data-status", "saved", {
    timeout: 15_000,
  });
  await page.getByRole("button", { name: "Zur Freigabe einreichen" }).click();
  await expect(page.getByText("In Prüfung").first()).toBeVisible();
  // A workshop meanwhile would find the plan locked: its page says so before guests are invited.
  await page.goto(`${planUrl}/workshop`);
  await expect(
    page.getByText(/^Der Plan liegt zur Freigabe vor\. Bis zur Entscheidung können Gäste/),
  ).toBeVisible();

  // The director's list of plans marks it as waiting for them; the editor's does not.
  await directorPage.goto(`/institutions/${slug}`);
  await expect(
    directorPage.getByRole("listitem").filter({ hasText: "Freigabe-Plan" }).getByTestId("awaits-you"),
  ).toHaveText("Wartet auf Ihre Entscheidung");
  await page.goto(`/institutions/${slug}`);
  await expect(page.getByRole("link", { name: "Freigabe-Plan" })).toBeVisible();
  await expect(page.getByTestId("awaits-you")).toHaveCount(0);
  // The editor takes the submission back (something to add first), after a question, and submits again.
  await page.goto(planUrl);
  await page.getByRole("button", { name: "Einreichung zurückziehen" }).click();
  const question = page.getByRole("alertdialog", { name: "Einreichung von „Freigabe-Plan“ zurückziehen?" });
  await expect(question).toContainText(
    "Der Plan wird wieder ein Entwurf; reichen Sie ihn erneut ein, beginnt die Freigabe von vorn.",
  );
  await question.getByRole("button", { name: "Einreichung zurückziehen" }).click();
  await expect(
    page.getByText("Die Einreichung ist zurückgezogen. Der Plan ist wieder ein Entwurf."),
  ).toBeVisible();
  // This time with a word to the director, who reads it on the plan while deciding.
  await page
    .getByLabel("Nachricht für die Freigabe (optional)")
    .fill("Bitte vor allem den Rückhalt der Leitung ansehen.");
  await page.getByRole("button", { name: "Zur Freigabe einreichen" }).click();
  await expect(page.getByText("In Prüfung").first()).toBeVisible();
  await expect(page.getByRole("button", { name: "Einreichung zurückziehen" })).toBeVisible();

  // The director comments on one step and asks for changes.
  await directorPage.goto(planUrl);
  await expect(directorPage.getByText(/^Eingereicht am .* von Petra Probe$/)).toBeVisible();
  await expect(
    directorPage
      .getByRole("blockquote")
      .filter({ hasText: "Bitte vor allem den Rückhalt der Leitung ansehen." }),
  ).toBeVisible();
  await expectAccessible(directorPage);
  await directorPage.getByRole("link", { name: "Strategie ansehen" }).click();
  await directorPage
    .getByRole("link", { name: /Leitung/ })
    .first()
    .click();
  // The start step has a comment section too: wait until the step has changed before opening it.
  await expect(
    directorPage.getByRole("heading", { name: "Schritt 5 von 10: Rückhalt der Leitung" }),
  ).toBeVisible();
  await directorPage.getByText("Kommentare (0 offen, 0 insgesamt)").click();
  await expect(directorPage.getByLabel("Neuer Kommentar")).toBeVisible();
  await directorPage
    .getByLabel("Neuer Kommentar")
    .fill("Bitte den Krisenweg genauer beschreiben, @Petra Probe.");
  await directorPage.getByRole("button", { name: "Kommentar senden" }).click();
  await expect(
    directorPage.getByText("Bitte den Krisenweg genauer beschreiben, @Petra Probe."),
  ).toBeVisible();
  await expectAccessible(directorPage);
  await directorPage.goto(planUrl);
  // Sent back without a word, the editors would not know what to revise.
  await directorPage.getByRole("button", { name: "Änderungen erbitten" }).click();
  await expect(
    directorPage.getByText("Bitte schreiben Sie in die Anmerkung, was überarbeitet werden soll."),
  ).toBeVisible();
  // The note is marked, says why, and has the cursor.
  await expect(directorPage.getByLabel("Anmerkung")).toHaveAttribute("aria-invalid", "true");
  await expect(directorPage.getByLabel("Anmerkung")).toHaveAccessibleDescription(/Bitte schreiben Sie/);
  await expect(directorPage.getByLabel("Anmerkung")).toBeFocused();
  await directorPage.getByLabel("Anmerkung").fill("Siehe Kommentar im Schritt Leitung.");
  await directorPage.getByRole("button", { name: "Änderungen erbitten" }).click();
  await expect(
    directorPage.getByText("Der Plan geht mit Ihrer Anmerkung zurück an die Redaktion."),
  ).toBeVisible();
  await expect(directorPage.getByText(/Das Team überarbeitet den Plan/)).toBeVisible();

  // The editor sees the notifications, fixes the step and resubmits.
  await page.goto(planUrl);
  await expect(page.getByTestId("readiness-verdict")).toHaveText("Bereit zur erneuten Einreichung");
  // The director's note is at the top of the overview, not only in the history below.
  await expect(page.getByText(/^Dora Direktorin hat am .* Änderungen erbeten:$/)).toBeVisible();
  await expect(page.getByText("Siehe Kommentar im Schritt Leitung.").first()).toBeVisible();
  // Submitting again right away would send the same plan back: the overview says so.
  const unchangedHint = page.getByText(
    /^Seit der Bitte um Änderungen wurde am Inhalt des Plans nichts geändert\./,
  );
  await expect(unchangedHint).toBeVisible();
  await expect(page.getByTestId("unread-count")).toHaveText(/2/);
  await page.getByRole("link", { name: /Benachrichtigungen/ }).click();
  await expectAccessible(page);
  // With one institution there is nothing to choose: its name in the header leads back to it.
  await expect(page.getByRole("banner").getByRole("button", { name: /Einrichtung/ })).toHaveCount(0);
  await expect(
    page.getByRole("banner").getByRole("link", { name: "Jugendhilfe Freigabeweg" }),
  ).toHaveAttribute("href", `/institutions/${slug}`);
  await expect(
    page.getByRole("link", { name: /Dora Direktorin hat Sie in „Freigabe-Plan“ erwähnt/ }),
  ).toBeVisible();
  await page
    .getByRole("link", { name: /Dora Direktorin hat um Änderungen an „Freigabe-Plan“ gebeten/ })
    .click();
  await expect(page.getByText("Siehe Kommentar im Schritt Leitung.").first()).toBeVisible();
  // Followed, that notification is read; the mention is still new.
  await expect(page.getByTestId("unread-count")).toHaveText(/1/);
  await page.getByRole("link", { name: "Strategie bearbeiten" }).click();
  await page
    .getByRole("link", { name: /Leitung/ })
    .first()
    .click();
  await expect(page.getByText("Bitte den Krisenweg genauer beschreiben, @Petra Probe.")).toBeVisible();
  await page
    .getByLabel("Vorgehen in einer Krise")
    .fill("Die Geschäftsführung entscheidet binnen zwei Stunden, auch am Wochenende.");
  // The editor answers in the thread. The reply form appears once "Antworten" is opened and keeps
  // what was typed when it is closed and opened again.
  const replyToggle = page.locator("summary", { hasText: "Antworten" });
  const replyBox = page.getByRole("textbox", { name: "Ihre Antwort" });
  await expect(replyBox).toHaveCount(0);
  await replyToggle.click();
  await replyBox.fill("Ist ergänzt: Die Geschäftsführung entscheidet.");
  await replyToggle.click();
  await expect(replyBox).toBeHidden();
  await replyToggle.click();
  await expect(replyBox).toHaveValue("Ist ergänzt: Die Geschäftsführung entscheidet.");
  await page.getByRole("button", { name: "Antwort senden" }).click();
  await expect(page.getByText("Ist ergänzt: Die Geschäftsführung entscheidet.")).toBeVisible();
  await expect(replyBox).toHaveValue("");
  await page.getByRole("button", { name: "Als erledigt markieren" }).click();
  await page
    .getByRole("link", { name: /Bereitschaft/ })
    .first()
    .click();
  await expect(page.getByTestId("autosave-status")).toHaveAttribute("data-status", "saved", {
    timeout: 15_000,
  });
  // Sent back, the plan goes to the leadership a second time: the last step says so, next to the
  // director's note.
  await expect(page.getByTestId("readiness-verdict")).toHaveText("Bereit zur erneuten Einreichung");
  await expect(page.getByText("Siehe Kommentar im Schritt Leitung.")).toBeVisible();
  await expect(
    page.getByRole("button", { name: "Erneut zur Freigabe einreichen", exact: true }),
  ).toBeVisible();
  await expect(unchangedHint).toHaveCount(0);
  await page.getByLabel("Nachricht für die Freigabe (optional)").fill("Der Krisenweg ist ergänzt.");
  await page.getByRole("button", { name: "Erneut zur Freigabe einreichen", exact: true }).click();
  await expect(page.getByText("In Prüfung").first()).toBeVisible();
  await expect(page.getByTestId("readiness-verdict")).toHaveText("Liegt zur Freigabe vor");

  // The director approves: a version is frozen with name and date.
  await directorPage.goto(planUrl);
  await directorPage.getByRole("button", { name: "Freigeben" }).click();
  await expect(directorPage.getByText("Der Plan ist freigegeben.")).toBeVisible();
  await expect(directorPage.getByText(/Version 1 – freigegeben am .* von Dora Direktorin/)).toBeVisible();
  // The history tells the whole course: the submission taken back, the one sent back, the approval.
  await expect(
    directorPage.getByText(/^Eingereicht von Petra Probe am .* – zurückgezogen von Petra Probe am /),
  ).toBeVisible();
  await expect(directorPage.getByText("Der Krisenweg ist ergänzt.")).toBeVisible();

  // The director keeps the approved plan open, in the wizard and on its overview, while the
  // editor changes it.
  await directorPage.goto(`${planUrl}/steps/commitment`);
  await expect(directorPage.getByText("Freigegeben", { exact: true })).toBeVisible();
  const directorOverview = await director.newPage();
  await directorOverview.goto(planUrl);
  await expect(directorOverview.getByTestId("plan-status")).toHaveText("Freigegeben");

  // Editing the approved plan starts a new draft; the comparison shows exactly that change.
  await page.goto(planUrl);
  await page.getByRole("link", { name: "Strategie bearbeiten" }).click();
  await page
    .getByRole("link", { name: /Langfristigkeit/ })
    .first()
    .click();
  // The wizard says so before the first change, and its status follows once the change is saved.
  const notice = page.getByText(
    "Dieser Plan ist freigegeben. Ihre erste Änderung beginnt einen neuen Entwurf",
  );
  await expect(notice).toBeVisible();
  await page.getByLabel("Zeithorizont").fill("36");
  await page
    .getByLabel("Über die Pilotphase hinaus gesichert")
    .fill("Die Stelle ist bis 2029 im Haushalt und im Stellenplan gesichert.");
  await expect(page.getByTestId("autosave-status")).toHaveAttribute("data-status", "saved", {
    timeout: 15_000,
  });
  // A draft that revises an approved plan says both, in the wizard as on the overview.
  await expect(page.getByText("Neuer Entwurf", { exact: true })).toBeVisible();
  await expect(page.getByTestId("approved-version")).toHaveText("Version 1 freigegeben");
  await expect(notice).toHaveCount(0);
  // The director sees it happen, in words and in the status, without reloading.
  await expect(
    directorPage.getByRole("status").filter({ hasText: "Der freigegebene Plan wird wieder bearbeitet" }),
  ).toBeVisible();
  await expect(directorPage.getByTestId("plan-status")).toHaveText("Neuer Entwurf");
  // The approval is not lost: the overview names the approved version beside the new draft.
  await expect(directorOverview.getByTestId("plan-status")).toHaveText("Neuer Entwurf");
  await expect(directorOverview.getByTestId("approved-version")).toHaveText("Version 1 freigegeben");
  await expect(page.getByLabel("Zeithorizont")).toHaveValue("36");
  await page.goto(planUrl);
  await expect(page.getByText("Neuer Entwurf", { exact: true })).toBeVisible();
  await expect(
    page.getByText("Der aktuelle Entwurf weicht von der freigegebenen Version 1 ab."),
  ).toBeVisible();
  await page.getByRole("link", { name: "Unterschiede ansehen" }).click();
  await expect(page.getByTestId("compare-summary")).toHaveText(
    "2 Unterschiede zwischen Version 1 und dem aktuellen Entwurf.",
  );
  await expect(page.locator("tbody tr")).toHaveCount(2);
  const row = page.locator("tbody tr").filter({ hasText: "Zeithorizont" });
  await expect(row).toContainText("24 Monate");
  await expect(row).toContainText("36 Monate");
  // In a changed text the words that changed are marked: struck out before, inserted after.
  const text = page.locator("tbody tr").filter({ hasText: "Über die Pilotphase hinaus gesichert" });
  await expect(text.locator("del")).toHaveText(["[gestrichen: 2028]"]);
  await expect(text.locator("ins")).toHaveText(["[eingefügt: 2029]", "[eingefügt: und im Stellenplan]"]);
  await expectAccessible(page);
  // On a phone each change is a block: the new text is in view without scrolling sideways.
  const wide = page.viewportSize()!;
  await page.setViewportSize({ width: 390, height: 844 });
  const after = row.getByRole("cell").nth(1);
  await expect(after).toContainText("Aktueller Entwurf");
  await expect(after).toContainText("36 Monate");
  const afterBox = (await after.boundingBox())!;
  expect(afterBox.x + afterBox.width).toBeLessThanOrEqual(390);
  await expectAccessible(page);
  await page.setViewportSize(wide);

  // A share link shows the approved version unless someone chooses the draft: outside readers
  // should not be handed unapproved text by default.
  await page.goto(`${planUrl}/document`);
  await expect(page.getByLabel("Was der Link zeigt")).toHaveValue("1");

  // The admin finds it all in the audit log.
  await page.goto(`/institutions/${slug}/audit`);
  await expect(page.getByRole("cell", { name: "Freigegeben", exact: true })).toBeVisible();
  await expect(page.getByRole("cell", { name: "Änderungen erbeten" })).toBeVisible();
  await expect(page.getByRole("cell", { name: "Version gesichert" })).toBeVisible();
  // And who took the approved plan up again, from which version.
  const reopened = page
    .getByRole("row")
    .filter({ has: page.getByRole("cell", { name: "Freigegebenen Plan wieder in Bearbeitung genommen" }) });
  await expect(reopened).toContainText("Version 1");
  await expectAccessible(page);
  // On a phone every entry, and every tab, is in view without scrolling sideways.
  await page.setViewportSize({ width: 390, height: 844 });
  for (const shown of [
    page.locator("tbody td").filter({ hasText: /^Freigegeben$/ }),
    page.getByRole("link", { name: "Protokoll" }),
  ]) {
    const box = (await shown.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(390);
  }
  await director.close();
});

test("a viewer cannot decide", async ({ browser }) => {
  const { page, context } = await as(browser, "viewer@example.org");
  // The document test imports a copy of the demo plan with the same title.
  await page.getByRole("link", { name: "Social-Media-Strategie 2027" }).first().click();
  await expect(page.getByRole("button", { name: "Freigeben" })).toHaveCount(0);
  await context.close();
});
