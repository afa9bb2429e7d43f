/** The options page: minimum score, highlight style and density, checks shown, sites off, sites always annotated, sites checked automatically. */
import { useEffect, useRef, useState } from "preact/hooks";
import type { CheckCode } from "../../report";
import type { Density } from "../../messages";
import { t, type MessageKey } from "../../platform/i18n";
import { CHECK_CODES, type Settings } from "../../platform/settings";
import type { OptionsStore } from "../options-store";
import { AutoCheckSites } from "./AutoCheckSites";
import { SiteLists } from "./SiteLists";

/** The message key of a check's name ("url-date-mismatch" → "check_url_date_mismatch"). */
const checkKey = (code: CheckCode) => `check_${code.replace(/-/g, "_")}` as Parameters<typeof t>[0];

const DENSITY_CHOICES: [Density, MessageKey][] = [
  ["auto", "densityAuto"],
  ["all", "densityAll"],
  ["warnings", "densityWarnings"],
  ["minimal", "densityMinimal"],
];

/** The whole page over `store`. */
export function OptionsPage({ store }: { store: OptionsStore }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const saves = useRef(0);
  useEffect(() => {
    store.load().then(setSettings, (e: unknown) => setStatus({ kind: "load-failed", detail: String(e) }));
  }, [store]);
  if (status.kind === "load-failed") return <StorageProblem message={t("loadFailed")} detail={status.detail} />;
  if (!settings) return <main class="options" aria-busy="true" />;

  const update = (patch: Partial<Settings>) => {
    const next = { ...settings, ...patch };
    setSettings(next);
    // Each save writes every setting: only the latest one's outcome is what storage holds.
    const mine = ++saves.current;
    store.save(next).then(
      () => mine === saves.current && setStatus({ kind: "saved" }),
      (e: unknown) => mine === saves.current && setStatus({ kind: "save-failed", detail: String(e) }),
    );
  };
  const toggleCheck = (code: CheckCode, shown: boolean) =>
    update({ hiddenChecks: shown ? settings.hiddenChecks.filter((c) => c !== code) : [...settings.hiddenChecks, code] });

  return (
    <main class="options">
      <h1>{t("optionsTitle")}</h1>
      <p class="muted">{t("optionsIntro")}</p>
      <fieldset>
        <legend>{t("highlightLegend")}</legend>
        <label for="min-score">{t("minScoreLabel", settings.minScore.toFixed(2))}</label>
        <input
          id="min-score"
          type="range"
          min={0.1}
          max={0.9}
          step={0.05}
          value={settings.minScore}
          aria-describedby="min-score-hint"
          onChange={(e) => update({ minScore: Number((e.currentTarget as HTMLInputElement).value) })}
        />
        <p id="min-score-hint" class="muted small">
          {t("minScoreHint")}
        </p>
        <label>
          <input type="radio" name="style" value="marker" checked={settings.highlightStyle === "marker"} onChange={() => update({ highlightStyle: "marker" })} />
          {t("styleMarker")}
        </label>
        <label>
          <input type="radio" name="style" value="underline" checked={settings.highlightStyle === "underline"} onChange={() => update({ highlightStyle: "underline" })} />
          {t("styleUnderline")}
        </label>
        <fieldset class="group" aria-describedby="density-hint">
          <legend>{t("densityLegend")}</legend>
          {DENSITY_CHOICES.map(([density, key]) => (
            <label key={density}>
              <input type="radio" name="density" value={density} checked={settings.density === density} onChange={() => update({ density })} />
              {t(key)}
            </label>
          ))}
          <p id="density-hint" class="muted small">
            {t("densityHint")}
          </p>
        </fieldset>
        <label>
          <input type="checkbox" checked={settings.showUnsourced} onChange={(e) => update({ showUnsourced: (e.currentTarget as HTMLInputElement).checked })} />
          {t("showUnsourcedOption")}
        </label>
      </fieldset>
      <fieldset>
        <legend>{t("checksLegend")}</legend>
        {CHECK_CODES.map((code) => (
          <label key={code}>
            <input type="checkbox" checked={!settings.hiddenChecks.includes(code)} onChange={(e) => toggleCheck(code, (e.currentTarget as HTMLInputElement).checked)} />
            {t(checkKey(code))}
          </label>
        ))}
      </fieldset>
      <SiteLists
        store={store}
        disabled={settings.disabledSites}
        onDisabled={(disabledSites) => update({ disabledSites })}
        always={settings.alwaysSites}
        onAlways={(alwaysSites) => update({ alwaysSites })}
      />
      <AutoCheckSites store={store} sites={settings.autoCheckSites} onSites={(autoCheckSites) => update({ autoCheckSites })} />
      <p class="small muted" role="status">
        {status.kind === "saved" && t("saved")}
      </p>
      {status.kind === "save-failed" && <StorageProblem message={t("saveFailed")} detail={status.detail} inline />}
    </main>
  );
}

type Status = { kind: "idle" } | { kind: "saved" } | { kind: "save-failed" | "load-failed"; detail: string };

/** Storage failed: what it means and what to do, with the browser's own words folded away. */
function StorageProblem({ message, detail, inline = false }: { message: string; detail: string; inline?: boolean }) {
  const body = (
    <div class="problem" role="alert">
      <p>{message}</p>
      <details>
        <summary class="small">{t("errorDetail")}</summary>
        <p class="small muted">{detail}</p>
      </details>
    </div>
  );
  return inline ? body : <main class="options">{body}</main>;
}
