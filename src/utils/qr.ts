import QRCode from 'qrcode';

/** A QR code for a URL as an SVG string, made at build time (no script on the page). */
export async function qrSvg(url: string, label: string): Promise<string> {
  const svg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2, color: { dark: '#000000', light: '#ffffff' } });
  // Give the picture an accessible name and let CSS size it.
  return svg.replace('<svg ', `<svg role="img" aria-label="${label.replace(/"/g, '&quot;')}" `).replace(/ width="\d+" height="\d+"/, '');
}
