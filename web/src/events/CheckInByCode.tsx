import { CameraOutlined, QrcodeOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Modal, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

// Chrome on Android has the Barcode Detection API; elsewhere the field takes a handheld scanner
// (which types the code and Enter like a keyboard) or the code typed by hand.
interface Detector {
  detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]>;
}
type DetectorClass = new (o: { formats: string[] }) => Detector;
const BarcodeDetector = (globalThis as { BarcodeDetector?: DetectorClass }).BarcodeDetector;

/** The door's code field: the guest's QR code scanned or typed checks them in. */
export function CheckInByCode({
  onCode,
  busy,
}: {
  onCode: (code: string) => Promise<unknown>;
  busy: boolean;
}) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [camera, setCamera] = useState(false);
  const submit = (value: string) => {
    if (!value.trim()) return;
    // The field empties for the next guest only when this one is in.
    void onCode(value).then(() => setCode(''));
  };
  return (
    <Flex gap={8}>
      <Input.Search
        size="large"
        prefix={<QrcodeOutlined />}
        placeholder={t('events.checkin.code')}
        enterButton={t('events.checkin.tick')}
        value={code}
        loading={busy}
        onChange={(e) => setCode(e.target.value)}
        onSearch={submit}
        data-testid="checkin-code"
      />
      {BarcodeDetector && (
        <Button size="large" icon={<CameraOutlined />} onClick={() => setCamera(true)}>
          {t('events.checkin.scan')}
        </Button>
      )}
      {camera && (
        <Scanner
          onClose={() => setCamera(false)}
          onCode={(value) => {
            setCamera(false);
            submit(value);
          }}
        />
      )}
    </Flex>
  );
}

function Scanner({ onClose, onCode }: { onClose: () => void; onCode: (c: string) => void }) {
  const { t } = useTranslation();
  const video = useRef<HTMLVideoElement>(null);
  const [failed, setFailed] = useState(false);
  // The camera starts once; a new onCode from a re-render must not restart it.
  const found = useRef(onCode);
  found.current = onCode;
  useEffect(() => {
    let stream: MediaStream | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let live = true;
    const detector = new BarcodeDetector!({ formats: ['qr_code'] });
    const look = async () => {
      if (!live || !video.current) return;
      const codes = await detector.detect(video.current).catch(() => []);
      if (codes[0]) found.current(codes[0].rawValue);
      else timer = setTimeout(() => void look(), 250);
    };
    navigator.mediaDevices
      .getUserMedia({ video: { facingMode: 'environment' } })
      .then(async (s) => {
        stream = s;
        if (!video.current) return;
        video.current.srcObject = s;
        await video.current.play();
        void look();
      })
      .catch(() => setFailed(true));
    return () => {
      live = false;
      clearTimeout(timer);
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, []);
  return (
    <Modal open title={t('events.checkin.scan')} footer={null} onCancel={onClose} destroyOnHidden>
      {failed ? (
        <Typography.Text type="danger">{t('events.checkin.noCamera')}</Typography.Text>
      ) : (
        <video ref={video} muted playsInline style={{ width: '100%' }} />
      )}
    </Modal>
  );
}
