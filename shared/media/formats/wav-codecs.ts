/**
 * WAVE format codes (RFC 2361 and Microsoft's mmreg.h) with the names people
 * know them by, and what Callmark does with each. Which codes play natively is
 * what ENVIRONMENT.md measured in Chromium; IMA ADPCM, GSM 6.10 and G.726 are
 * decoded by the backend (shared/media/wav-decoders.ts).
 */
export type WavRoute = 'native' | 'decode' | 'unsupported';

interface WavCodec {
  name: string;
  route: WavRoute;
}

export const WAVE_FORMAT = {
  PCM: 0x0001,
  MS_ADPCM: 0x0002,
  IEEE_FLOAT: 0x0003,
  ALAW: 0x0006,
  MULAW: 0x0007,
  IMA_ADPCM: 0x0011,
  MPEG_LAYER3: 0x0055,
  GSM610: 0x0031,
  G726_ADPCM: 0x0045,
  G726_APICOM: 0x0064,
  EXTENSIBLE: 0xfffe,
} as const;

const CODECS: Record<number, WavCodec> = {
  0x0001: { name: 'PCM', route: 'native' },
  0x0002: { name: 'Microsoft ADPCM', route: 'unsupported' },
  0x0003: { name: 'IEEE floating-point PCM', route: 'native' },
  0x0006: { name: 'G.711 A-law', route: 'native' },
  0x0007: { name: 'G.711 µ-law', route: 'native' },
  0x0010: { name: 'OKI ADPCM', route: 'unsupported' },
  0x0011: { name: 'IMA ADPCM', route: 'decode' },
  0x0014: { name: 'G.723 ADPCM', route: 'unsupported' },
  0x0017: { name: 'Dialogic OKI ADPCM', route: 'unsupported' },
  0x0020: { name: 'Yamaha ADPCM', route: 'unsupported' },
  0x0022: { name: 'DSP Group TrueSpeech', route: 'unsupported' },
  0x0031: { name: 'GSM 6.10', route: 'decode' },
  0x0032: { name: 'MSN Audio (GSM 6.10)', route: 'unsupported' },
  0x0040: { name: 'G.721 ADPCM', route: 'unsupported' },
  0x0042: { name: 'G.723.1', route: 'unsupported' },
  0x0045: { name: 'G.726', route: 'decode' },
  0x0050: { name: 'MPEG audio', route: 'unsupported' },
  // Chromium plays MP3 inside WAV (checked with ffmpeg's output); some recorders write it.
  0x0055: { name: 'MP3', route: 'native' },
  // Microsoft's WAVE_FORMAT_G726_ADPCM; ffmpeg reads it exactly as 0x0045, packing and all.
  0x0064: { name: 'G.726', route: 'decode' },
  0x0065: { name: 'G.722 ADPCM', route: 'unsupported' },
  0x0070: { name: 'Lernout & Hauspie CELP', route: 'unsupported' },
  0x0111: { name: 'Vivo G.723', route: 'unsupported' },
  0x0161: { name: 'Windows Media Audio', route: 'unsupported' },
  0x00ff: { name: 'AAC', route: 'unsupported' },
  0x1610: { name: 'AAC', route: 'unsupported' },
};

export function wavCodec(formatTag: number): WavCodec {
  return CODECS[formatTag] ?? { name: `an unknown codec (WAVE format code 0x${formatTag.toString(16).padStart(4, '0')})`, route: 'unsupported' };
}

/** Machine codec names, matching ffmpeg's where one exists. */
export function wavCodecId(formatTag: number, bitsPerSample: number): string {
  switch (formatTag) {
    case WAVE_FORMAT.PCM:
      return bitsPerSample === 8 ? 'pcm_u8' : `pcm_s${bitsPerSample}le`;
    case WAVE_FORMAT.IEEE_FLOAT:
      return `pcm_f${bitsPerSample}le`;
    case WAVE_FORMAT.ALAW:
      return 'alaw';
    case WAVE_FORMAT.MULAW:
      return 'mulaw';
    case WAVE_FORMAT.IMA_ADPCM:
      return 'ima_adpcm';
    case WAVE_FORMAT.MPEG_LAYER3:
      return 'mp3';
    case WAVE_FORMAT.GSM610:
      return 'gsm_ms';
    case WAVE_FORMAT.G726_ADPCM:
    case WAVE_FORMAT.G726_APICOM:
      return 'g726';
    default:
      return `0x${formatTag.toString(16).padStart(4, '0')}`;
  }
}
