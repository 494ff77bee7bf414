/** A console section: one entry in the side navigation, rendered into the main area. */
export interface ConsoleSection {
  id: string;
  /** `_locales` key of the navigation label. */
  labelKey: string;
  render(container: HTMLElement): Promise<void>;
}
