import io
import pickle
import re
import textwrap

import torch
from torch import nn

torch.manual_seed(0)

model = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 1))
buffer = io.BytesIO()
torch.save(model, buffer)  # (1)!
buffer.seek(0)
try:
    torch.load(buffer)
except pickle.UnpicklingError as e:
    text = re.sub(r"\x1b\[\d+m", "", f"{type(e).__name__}: {e}")  # (2)!
    for line in text.splitlines():
        print(textwrap.fill(line.strip(), 79, break_long_words=False, subsequent_indent="  "))
